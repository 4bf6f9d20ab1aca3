package org.county.staffing.contracts.post;

import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A post was frozen: {@code post.post.frozen.v1}, subject the post id.
 * {@code cause} (HR_DECISION or OVER_ESTABLISHMENT) is why it is frozen.
 */
public record PostFrozen(
        UUID postId,
        String schoolId,
        String countyId,
        String category,
        @Nullable String subject,
        String level,
        @Nullable String reason,
        @Nullable UUID planId,
        @Nullable String cause) {

    public static final EventType<PostFrozen> TYPE = EventType.of("post.post.frozen.v1", PostFrozen.class);
}
