package org.county.staffing.post.post;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.contract.PostCategory;

/** Queries over a school's posts. */
@ApplicationScoped
public class PostLedger {

    @Inject
    EntityManager em;

    public PostCounts counts(String schoolId) {
        PostCounts.Builder counts = new PostCounts.Builder();
        List<Object[]> rows = em.createQuery("""
                        select p.status, p.category, count(p) from Post p
                         where p.schoolId = :school and p.status <> :abolished
                         group by p.status, p.category""", Object[].class)
                .setParameter("school", schoolId)
                .setParameter("abolished", PostStatus.ABOLISHED)
                .getResultList();
        for (Object[] row : rows) {
            counts.add((PostStatus) row[0], (PostCategory) row[1], ((Number) row[2]).intValue());
        }
        return counts.build();
    }

    /** The school's posts that are not abolished, oldest first. */
    public List<Post> established(String schoolId) {
        return Post.list("schoolId = ?1 and status <> ?2 order by establishedSeq", schoolId, PostStatus.ABOLISHED);
    }
}
