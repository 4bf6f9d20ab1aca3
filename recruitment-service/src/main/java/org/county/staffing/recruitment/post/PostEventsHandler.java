package org.county.staffing.recruitment.post;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.post.PostAbolished;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.contracts.post.PostFrozen;
import org.county.staffing.contracts.post.PostUnfrozen;

/**
 * Keeps the post read model from HR's post events. Events of one post arrive in order (the post id
 * is the record key); a change for a post not seen yet still records what it says, so nothing is lost.
 */
@ApplicationScoped
public class PostEventsHandler implements EventHandler {

    @Inject
    PlatformClock clock;

    @Override
    public List<EventType<?>> types() {
        return List.of(PostEstablished.TYPE, PostAbolished.TYPE, PostFrozen.TYPE, PostUnfrozen.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(PostEstablished.TYPE)) {
            PostEstablished e = event.data(PostEstablished.TYPE);
            KnownPost post = known(event, e.postId(), e.schoolId(), e.countyId(), e.category(), e.subject());
            post.established = true;
            post.level = e.level();
            post.leadershipRole = e.leadershipRole();
            post.planId = e.planId();
        } else if (event.is(PostAbolished.TYPE)) {
            PostAbolished e = event.data(PostAbolished.TYPE);
            known(event, e.postId(), e.schoolId(), e.countyId(), e.category(), e.subject()).abolished = true;
        } else if (event.is(PostFrozen.TYPE)) {
            PostFrozen e = event.data(PostFrozen.TYPE);
            known(event, e.postId(), e.schoolId(), e.countyId(), e.category(), e.subject()).frozen = true;
        } else {
            PostUnfrozen e = event.data(PostUnfrozen.TYPE);
            known(event, e.postId(), e.schoolId(), e.countyId(), e.category(), e.subject()).frozen = false;
        }
    }

    /** The post of the read model (new if not seen yet) with what every post event says about it. */
    private KnownPost known(CloudEvent event, UUID postId, String schoolId, String countyId, String category, String subject) {
        KnownPost post = KnownPost.findById(postId);
        if (post == null) {
            post = new KnownPost();
            post.postId = postId;
        }
        post.schoolId = schoolId;
        post.countyId = countyId;
        try {
            post.category = PostCategory.valueOf(category);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has unknown category " + category);
        }
        post.subject = subject;
        post.updatedAt = event.time() != null ? event.time().withOffsetSameInstant(ZoneOffset.UTC)
                : clock.now().atOffset(ZoneOffset.UTC);
        post.persist();
        return post;
    }
}
