package org.county.staffing.post.post;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.post.PostEvents;

/** Appends the post events of docs/events.md to the outbox, in the transaction of the change. */
@ApplicationScoped
public class PostAnnouncements {

    /** {@code post.post.established.v1}. */
    public record Established(UUID postId, String schoolId, String countyId, PostCategory category, String subject,
                              TitleGrade level, PostStatus status, UUID planId, String reason) {
    }

    /** {@code post.post.abolished.v1}. */
    public record Abolished(UUID postId, String schoolId, String countyId, PostCategory category, String subject,
                            TitleGrade level, String reason, UUID planId) {
    }

    /** {@code post.post.frozen.v1} and {@code post.post.unfrozen.v1}. */
    public record FreezeChanged(UUID postId, String schoolId, String countyId, PostCategory category, String subject,
                                TitleGrade level, String reason, UUID planId, FreezeCause cause) {
    }

    /** {@code post.post.occupied.v1}: the post's holder, as HR's register of posts records it (按岗聘用). */
    public record Occupied(UUID postId, String schoolId, String countyId, PostCategory category, String subject,
                           UUID teacherId, UUID appointmentId, java.time.LocalDate since) {
    }

    /** {@code post.post.vacated.v1}: the holder left the post; {@code status} is what the post is now. */
    public record Vacated(UUID postId, String schoolId, String countyId, PostCategory category, String subject,
                          UUID teacherId, String reason, PostStatus status) {
    }

    @Inject
    Outbox outbox;

    public void occupied(Post post) {
        append(PostEvents.POST_OCCUPIED, post, new Occupied(post.id, post.schoolId, post.countyId, post.category,
                post.subject, post.teacherId, post.appointmentId, post.occupiedSince));
    }

    public void vacated(Post post, UUID formerHolder, String reason, PostStatus now) {
        append(PostEvents.POST_VACATED, post, new Vacated(post.id, post.schoolId, post.countyId, post.category,
                post.subject, formerHolder, reason, now));
    }

    public void established(Post post, String reason) {
        append(PostEvents.POST_ESTABLISHED, post, new Established(post.id, post.schoolId, post.countyId, post.category,
                post.subject, post.level, post.status, post.establishedByPlan, reason));
    }

    public void abolished(Post post) {
        append(PostEvents.POST_ABOLISHED, post, new Abolished(post.id, post.schoolId, post.countyId, post.category,
                post.subject, post.level, post.statusReason, post.abolishedByPlan));
    }

    public void frozen(Post post) {
        append(PostEvents.POST_FROZEN, post, new FreezeChanged(post.id, post.schoolId, post.countyId, post.category,
                post.subject, post.level, post.statusReason, null, post.freezeCause));
    }

    public void unfrozen(Post post, FreezeCause releasedFrom) {
        append(PostEvents.POST_UNFROZEN, post, new FreezeChanged(post.id, post.schoolId, post.countyId, post.category,
                post.subject, post.level, post.statusReason, null, releasedFrom));
    }

    private void append(String type, Post post, Object payload) {
        outbox.append(type, PostEvents.POST, post.id.toString(), post.countyId, payload);
    }
}
