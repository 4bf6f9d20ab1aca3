package org.county.staffing.post.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.recruitment.CampaignClosed;
import org.county.staffing.contracts.recruitment.CampaignOpened;
import org.county.staffing.post.post.EstablishmentReconciler;
import org.county.staffing.post.post.Post;
import org.county.staffing.post.post.PostStatus;
import org.county.staffing.post.school.KnownSchool;
import org.county.staffing.post.school.SchoolDirectory;
import org.jboss.logging.Logger;

/**
 * Follows the education bureau's internal campaigns (内部竞聘): while one is filling a vacant post,
 * the post is the school's last to be frozen for over-establishment (rule CAMPAIGN_POST_FROZEN_LAST).
 * A campaign that closes leaves the posts it filled to the transfers that fill them; a post it left
 * unfilled is an ordinary vacant post again, and its school is brought within its quota.
 */
@ApplicationScoped
public class CampaignEventsHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(CampaignEventsHandler.class);
    private static final String INTERNAL = "INTERNAL";

    @Inject
    SchoolDirectory schools;

    @Inject
    EstablishmentReconciler reconciler;

    @Inject
    EntityManager em;

    @Override
    public List<EventType<?>> types() {
        return List.of(CampaignOpened.TYPE, CampaignClosed.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(CampaignOpened.TYPE)) {
            CampaignOpened opened = event.data(CampaignOpened.TYPE);
            if (INTERNAL.equals(opened.kind())) {
                fill(event, opened.campaignId(), opened.postIds());
            }
        } else if (event.is(CampaignClosed.TYPE)) {
            CampaignClosed closed = event.data(CampaignClosed.TYPE);
            if (INTERNAL.equals(closed.kind())) {
                Set<UUID> filled = new HashSet<>();
                closed.appointments().forEach(a -> filled.add(a.postId()));
                release(closed.campaignId(), closed.postIds().stream().filter(id -> !filled.contains(id)).toList());
            }
        }
    }

    private void fill(CloudEvent event, UUID campaignId, List<UUID> postIds) {
        List<Post> posts = lockedPosts(postIds);
        for (Post post : posts) {
            if (post.status == PostStatus.VACANT || post.status == PostStatus.FROZEN) {
                post.fillingCampaignId = campaignId;
            } else {
                LOG.infof("%s %s: post %s is %s; campaign %s fills nothing here", event.type(), event.id(), post.id,
                        post.status, campaignId);
            }
        }
        reconcile(posts);
    }

    private void release(UUID campaignId, List<UUID> unfilled) {
        List<Post> posts = lockedPosts(unfilled).stream().filter(p -> campaignId.equals(p.fillingCampaignId)).toList();
        posts.forEach(p -> p.fillingCampaignId = null);
        reconcile(posts);
    }

    /** The posts post-service knows, their schools locked first in the one order every transaction uses. */
    private List<Post> lockedPosts(List<UUID> postIds) {
        List<Post> posts = new ArrayList<>();
        for (UUID id : postIds) {
            Post post = Post.findById(id);
            if (post != null) {
                posts.add(post);
            }
        }
        schools.lockAll(posts.stream().map(p -> p.schoolId).toList());
        posts.forEach(em::refresh);
        return posts;
    }

    /** A post released or newly filling may change which of its school's posts the quota freezes. */
    private void reconcile(List<Post> posts) {
        em.flush();
        Map<String, KnownSchool> bySchool = schools.lockAll(posts.stream().map(p -> p.schoolId).toList());
        for (KnownSchool school : bySchool.values()) {
            reconciler.reconcile(school, true);
        }
    }
}
