package org.county.staffing.post.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.post.school.KnownSchool;
import org.jboss.logging.Logger;

/**
 * Keeps a school's vacant and occupied posts within its quota after the quota changed: applies
 * {@link OverEstablishment#reconcile} and announces every post it freezes or releases. The caller
 * holds the school's row lock.
 */
@ApplicationScoped
public class EstablishmentReconciler {

    @Inject
    PlatformClock clock;

    private static final Logger LOG = Logger.getLogger(EstablishmentReconciler.class);

    @Inject
    PostLedger ledger;

    @Inject
    PostAnnouncements announcements;

    public OverEstablishment.Adjustment reconcile(KnownSchool school, boolean mayFreeze) {
        List<Post> posts = ledger.established(school.id);
        OverEstablishment.Adjustment adjustment = OverEstablishment.reconcile(school.quota,
                posts.stream().map(Post::slot).toList(), mayFreeze);
        if (adjustment.isEmpty()) {
            return adjustment;
        }
        Map<UUID, Post> byId = posts.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        for (UUID id : adjustment.toFreeze()) {
            Post post = byId.get(id);
            post.status = PostStatus.FROZEN;
            post.freezeCause = FreezeCause.OVER_ESTABLISHMENT;
            post.statusReason = "OVER_ESTABLISHED: school " + school.id + " has a quota of " + school.quota
                    + " for more vacant and occupied posts; vacant posts are frozen first"
                    + (post.fillingCampaignId != null ? ", the post of internal campaign " + post.fillingCampaignId
                    + " last, as no other vacant post is left" : "");
            post.changedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            announcements.frozen(post);
        }
        for (UUID id : adjustment.toUnfreeze()) {
            Post post = byId.get(id);
            post.status = PostStatus.VACANT;
            post.freezeCause = null;
            post.statusReason = "QUOTA_ALLOWS: school " + school.id + " has a quota of " + school.quota
                    + " that covers this post again";
            post.changedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            announcements.unfrozen(post, FreezeCause.OVER_ESTABLISHMENT);
        }
        LOG.debugf("school %s (quota %d): froze %d, released %d posts", school.id, school.quota,
                adjustment.toFreeze().size(), adjustment.toUnfreeze().size());
        return adjustment;
    }
}
