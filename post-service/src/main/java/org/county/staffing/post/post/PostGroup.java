package org.county.staffing.post.post;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;

/**
 * A school's posts alike in everything a summary tells apart (status, category, subject, leadership
 * role, freeze cause): how many there are, and how many of them an executed plan abolishes when
 * their holders leave. A summary counts groups, so the database can count the posts.
 */
public record PostGroup(PostStatus status, PostCategory category, String subject, LeadershipRole leadershipRole,
                        FreezeCause freezeCause, int count, int pendingAbolition) {

    /** One post as a group of its own. */
    public static PostGroup of(Post post) {
        return new PostGroup(post.status, post.category, post.subject, post.leadershipRole, post.freezeCause, 1,
                post.abolishWhenVacatedPlan == null ? 0 : 1);
    }
}
