package org.county.staffing.post.post;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.contract.LeadershipRole;
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

    /** The school's leadership posts that are not abolished, by role. */
    public Map<LeadershipRole, Integer> leadershipPosts(String schoolId) {
        Map<LeadershipRole, Integer> byRole = new EnumMap<>(LeadershipRole.class);
        em.createQuery("""
                        select p.leadershipRole, count(p) from Post p
                         where p.schoolId = :school and p.status <> :abolished and p.leadershipRole is not null
                         group by p.leadershipRole""", Object[].class)
                .setParameter("school", schoolId)
                .setParameter("abolished", PostStatus.ABOLISHED)
                .getResultList()
                .forEach(row -> byRole.put((LeadershipRole) row[0], ((Number) row[1]).intValue()));
        return byRole;
    }

    /** The school's posts that are not abolished, oldest first. */
    public List<Post> established(String schoolId) {
        return Post.list("schoolId = ?1 and status <> ?2 order by establishedSeq", schoolId, PostStatus.ABOLISHED);
    }
}
