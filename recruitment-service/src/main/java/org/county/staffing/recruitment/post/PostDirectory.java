package org.county.staffing.recruitment.post;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** Looks up posts of the read model together with this service's occupancy. */
@ApplicationScoped
public class PostDirectory {

    @Inject
    EntityManager em;

    /** The post of the caller's county, or 404 POST_EXISTS; locked when the caller is about to fill it. */
    public KnownPost require(String countyId, UUID postId, String field, boolean lock) {
        KnownPost post = postId == null ? null
                : lock ? KnownPost.findById(postId, LockModeType.PESSIMISTIC_WRITE) : KnownPost.findById(postId);
        return known(post, countyId, postId, field);
    }

    /** The posts among {@code postIds} that are known, by id, locked (a bulk import fills them), in one query. */
    public Map<UUID, KnownPost> lockAll(Collection<UUID> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return KnownPost.<KnownPost>find("postId in ?1", postIds).withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .collect(Collectors.toMap(p -> p.postId, p -> p));
    }

    /** Rule POST_EXISTS: {@code post} (null when not found) is a post of the county. */
    public static KnownPost known(KnownPost post, String countyId, UUID postId, String field) {
        if (post == null || (post.countyId != null && !post.countyId.equals(countyId))) {
            throw RuleViolation.notFound("POST_EXISTS", field, new Reason(
                    "no post " + postId + " is known in this county (posts come from HR's post.post.established events)",
                    "本县没有岗位 " + postId + "（岗位来自人社部门的岗位设置事件）"));
        }
        return post;
    }

    public boolean occupied(UUID postId) {
        return em.createQuery("select count(a) from Appointment a where a.postId = :post and a.endedOn is null", Long.class)
                .setParameter("post", postId).getSingleResult() > 0;
    }

    public Set<UUID> occupiedAmong(Collection<UUID> postIds) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select a.postId from Appointment a where a.postId in :posts and a.endedOn is null", UUID.class)
                .setParameter("posts", postIds).getResultStream().collect(Collectors.toSet());
    }

    public PostFacts facts(KnownPost post) {
        return facts(post, occupied(post.postId));
    }

    public static PostFacts facts(KnownPost post, boolean occupied) {
        return new PostFacts(post.postId, post.schoolId, post.category, post.subject, post.established, post.abolished,
                post.frozen, occupied);
    }

    public List<KnownPost> list(String countyId, String schoolId) {
        if (schoolId != null) {
            return KnownPost.list("countyId = ?1 and schoolId = ?2 order by schoolId, postId", countyId, schoolId);
        }
        return KnownPost.list("countyId = ?1 order by schoolId, postId", countyId);
    }
}
