package org.county.staffing.contracts.post;

import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A post was abolished: {@code post.post.abolished.v1}, subject the post id.
 */
public record PostAbolished(
        UUID postId,
        String schoolId,
        String countyId,
        String category,
        @Nullable String subject,
        String level,
        @Nullable String reason,
        @Nullable UUID planId) {

    public static final EventType<PostAbolished> TYPE = EventType.of("post.post.abolished.v1", PostAbolished.class);
}
