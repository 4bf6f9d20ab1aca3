package org.county.staffing.rotation.staffing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.post.PostAbolished;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.contracts.post.PostFrozen;
import org.county.staffing.contracts.post.PostUnfrozen;

/** Keeps the posts read model from post-service's events: established, abolished, frozen, unfrozen. */
@ApplicationScoped
public class PostEventsHandler implements EventHandler {

    @Override
    public List<EventType<?>> types() {
        return List.of(PostEstablished.TYPE, PostAbolished.TYPE, PostFrozen.TYPE, PostUnfrozen.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(PostEstablished.TYPE)) {
            PostEstablished established = event.data(PostEstablished.TYPE);
            KnownPost post = KnownPost.findById(established.postId());
            if (post == null) {
                post = new KnownPost();
                post.id = established.postId();
            }
            post.schoolId = established.schoolId();
            post.countyId = established.countyId();
            post.category = established.category();
            post.subject = established.subject();
            post.level = established.level();
            post.status = KnownPost.OPEN;
            post.persist();
        } else if (event.is(PostAbolished.TYPE)) {
            KnownPost post = KnownPost.findById(event.data(PostAbolished.TYPE).postId());
            if (post != null) {
                post.status = KnownPost.ABOLISHED;
            }
        } else if (event.is(PostFrozen.TYPE)) {
            KnownPost post = KnownPost.findById(event.data(PostFrozen.TYPE).postId());
            if (post != null) {
                post.status = KnownPost.FROZEN;
            }
        } else if (event.is(PostUnfrozen.TYPE)) {
            KnownPost post = KnownPost.findById(event.data(PostUnfrozen.TYPE).postId());
            if (post != null && !KnownPost.ABOLISHED.equals(post.status)) {
                post.status = KnownPost.OPEN;
            }
        }
    }
}
