package org.county.staffing.contracts.post;

import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A teacher left a post: {@code post.post.vacated.v1}, subject the post id; {@code status} is what the post is now.
 */
public record PostVacated(
        UUID postId,
        String schoolId,
        String countyId,
        String category,
        @Nullable String subject,
        UUID teacherId,
        @Nullable String reason,
        String status) {

    public static final EventType<PostVacated> TYPE = EventType.of("post.post.vacated.v1", PostVacated.class);
}
