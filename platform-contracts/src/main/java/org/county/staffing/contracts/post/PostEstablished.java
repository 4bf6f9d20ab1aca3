package org.county.staffing.contracts.post;

import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A post was established: {@code post.post.established.v1}, subject the post id.
 * {@code category}: TEACHING, MANAGEMENT or SUPPORT; {@code level}: a title grade; {@code subject} only for teaching posts.
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
        @Nullable String reason) {

    public static final EventType<PostEstablished> TYPE = EventType.of("post.post.established.v1", PostEstablished.class);
}
