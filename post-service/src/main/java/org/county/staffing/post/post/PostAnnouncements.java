package org.county.staffing.post.post;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.post.PostAbolished;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.contracts.post.PostFrozen;
import org.county.staffing.contracts.post.PostOccupied;
import org.county.staffing.contracts.post.PostUnfrozen;
import org.county.staffing.contracts.post.PostVacated;

/** Appends the post events of docs/events.md to the outbox, in the transaction of the change. */
@ApplicationScoped
public class PostAnnouncements {

    @Inject
    Outbox outbox;

    public void occupied(Post post) {
        append(PostOccupied.TYPE, post, new PostOccupied(post.id, post.schoolId, post.countyId, post.category.name(),
                post.subject, post.teacherId, post.appointmentId, post.occupiedSince));
    }

    public void vacated(Post post, UUID formerHolder, String reason, PostStatus now) {
        append(PostVacated.TYPE, post, new PostVacated(post.id, post.schoolId, post.countyId, post.category.name(),
                post.subject, formerHolder, reason, now.name()));
    }

    public void established(Post post, String reason) {
        append(PostEstablished.TYPE, post, new PostEstablished(post.id, post.schoolId, post.countyId, post.category.name(),
                post.subject, name(post.level), post.status.name(), post.establishedByPlan, reason,
                name(post.leadershipRole)));
    }

    public void abolished(Post post) {
        append(PostAbolished.TYPE, post, new PostAbolished(post.id, post.schoolId, post.countyId, post.category.name(),
                post.subject, name(post.level), post.statusReason, post.abolishedByPlan));
    }

    public void frozen(Post post) {
        append(PostFrozen.TYPE, post, new PostFrozen(post.id, post.schoolId, post.countyId, post.category.name(),
                post.subject, name(post.level), post.statusReason, null, name(post.freezeCause)));
    }

    public void unfrozen(Post post, FreezeCause releasedFrom) {
        append(PostUnfrozen.TYPE, post, new PostUnfrozen(post.id, post.schoolId, post.countyId, post.category.name(),
                post.subject, name(post.level), post.statusReason, null, name(releasedFrom)));
    }

    private <T extends Record> void append(EventType<T> type, Post post, T payload) {
        outbox.append(type, "post", post.id.toString(), post.countyId, payload);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
