package org.county.staffing.contracts.post;

import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A post was unfrozen: {@code post.post.unfrozen.v1}, subject the post id.
 * {@code cause} (HR_DECISION or OVER_ESTABLISHMENT) is the cause it is released from.
 */
public record PostUnfrozen(
        UUID postId,
        String schoolId,
        String countyId,
        String category,
        @Nullable String subject,
        String level,
        @Nullable String reason,
        @Nullable UUID planId,
        @Nullable String cause) {

    public static final EventType<PostUnfrozen> TYPE = EventType.of("post.post.unfrozen.v1", PostUnfrozen.class);
}
