package org.county.staffing.contracts.post;

import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A post was established: {@code post.post.established.v1}, subject the post id.
 * {@code category}: TEACHING, MANAGEMENT or SUPPORT; {@code level}: a title grade; {@code subject} only for teaching posts;
 * {@code leadershipRole} only for a MANAGEMENT post that is a leadership post of the school's regulation: PRINCIPAL,
 * DEPUTY_PRINCIPAL, PARTY_SECRETARY, FULL_TIME_DEPUTY_SECRETARY, DISCIPLINE_SECRETARY or UNION_CHAIR.
 */
public record PostEstablished(
        UUID postId,
        String schoolId,
        String countyId,
        String category,
        @Nullable String subject,
        String level,
        String status,
        @Nullable UUID planId,
        @Nullable String reason,
        @Nullable String leadershipRole) {

    public static final EventType<PostEstablished> TYPE = EventType.of("post.post.established.v1", PostEstablished.class);

    /** A post that is not a leadership post. */
    public PostEstablished(UUID postId, String schoolId, String countyId, String category, String subject, String level,
                           String status, UUID planId, String reason) {
        this(postId, schoolId, countyId, category, subject, level, status, planId, reason, null);
    }
}
