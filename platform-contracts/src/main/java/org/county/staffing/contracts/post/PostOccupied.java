package org.county.staffing.contracts.post;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A teacher took a post (HR's register of who holds each post): {@code post.post.occupied.v1}, subject the post id.
 */
public record PostOccupied(
        UUID postId,
        String schoolId,
        String countyId,
        String category,
        @Nullable String subject,
        UUID teacherId,
        @Nullable UUID appointmentId,
        @Nullable LocalDate since) {

    public static final EventType<PostOccupied> TYPE = EventType.of("post.post.occupied.v1", PostOccupied.class);
}
