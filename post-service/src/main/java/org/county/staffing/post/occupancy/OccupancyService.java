package org.county.staffing.post.occupancy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.post.post.FreezeCause;
import org.county.staffing.post.post.OverEstablishment;
import org.county.staffing.post.post.Post;
import org.county.staffing.post.post.PostAnnouncements;
import org.county.staffing.post.post.PostLedger;
import org.county.staffing.post.post.PostService;
import org.county.staffing.post.post.PostStatus;
import org.county.staffing.post.school.KnownSchool;
import org.jboss.logging.Logger;

/**
 * Who holds each post, as the education bureau's appointments say: a post is OCCUPIED by exactly
 * one teacher, or not. Appointments are facts of another department; one that cannot be true here
 * (an unknown or abolished post, a post held by a third teacher) is refused as a malformed event,
 * which sends it to the dead-letter topic for the departments to reconcile. The caller holds the
 * lock of the post's school.
 */
@ApplicationScoped
public class OccupancyService {

    @Inject
    PlatformClock clock;

    private static final Logger LOG = Logger.getLogger(OccupancyService.class);

    @Inject
    EntityManager em;

    @Inject
    PostLedger ledger;

    @Inject
    PostAnnouncements announcements;

    @Inject
    PostService posts;

    /** The post an event names, read after its school was locked. */
    public Post requirePost(UUID postId, String schoolId, String eventRef) {
        Post post = postId == null ? null : Post.findById(postId);
        if (post == null) {
            throw new MalformedEventException(eventRef + " names post " + postId + ", which post-service never established");
        }
        if (schoolId != null && !schoolId.equals(post.schoolId)) {
            throw new MalformedEventException(eventRef + " places post " + postId + " at school " + schoolId
                    + ", but it belongs to school " + post.schoolId);
        }
        em.refresh(post);
        return post;
    }

    /**
     * Rule POST_HELD_BY_ONE_TEACHER. A post still held by another teacher gets the newcomer as
     * pending holder (the other half of an exchange has not been seen yet); a third is refused.
     */
    public void occupy(Post post, UUID teacherId, UUID appointmentId, LocalDate from, String eventRef) {
        switch (post.status) {
            case ABOLISHED -> throw new MalformedEventException(eventRef + " appoints teacher " + teacherId
                    + " to post " + post.id + ", which was abolished");
            case OCCUPIED -> {
                if (teacherId.equals(post.teacherId)) {
                    post.appointmentId = appointmentId != null ? appointmentId : post.appointmentId;
                    return;
                }
                if (post.pendingTeacherId != null && !post.pendingTeacherId.equals(teacherId)) {
                    throw new MalformedEventException(eventRef + " appoints teacher " + teacherId + " to post " + post.id
                            + ", held by " + post.teacherId + " with " + post.pendingTeacherId + " already waiting");
                }
                LOG.infof("%s: post %s is still held by %s; teacher %s takes it when it is vacated", eventRef, post.id,
                        post.teacherId, teacherId);
                post.pendingTeacherId = teacherId;
                post.pendingAppointmentId = appointmentId;
                post.pendingSince = from;
                post.changedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            }
            case VACANT, FROZEN -> {
                if (post.status == PostStatus.FROZEN) {
                    LOG.warnf("%s: teacher %s appointed to frozen post %s (%s)", eventRef, teacherId, post.id, post.freezeCause);
                }
                post.status = PostStatus.OCCUPIED;
                post.teacherId = teacherId;
                post.appointmentId = appointmentId;
                post.occupiedSince = from;
                post.fillingCampaignId = null;
                post.freezeCause = null;
                post.statusReason = null;
                post.changedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
                announcements.occupied(post);
            }
        }
    }

    /**
     * The teacher leaves the post. A waiting newcomer takes it; a plan's pending abolition is
     * carried out; otherwise it becomes VACANT, or FROZEN while the school is over-established
     * (rule VACATED_POST_FROZEN_WHEN_OVER_ESTABLISHED). A teacher who does not hold it changes nothing.
     */
    public void vacate(Post post, UUID teacherId, String why, String eventRef) {
        if (post.status != PostStatus.OCCUPIED || !teacherId.equals(post.teacherId)) {
            if (teacherId.equals(post.pendingTeacherId)) {
                clearPending(post);
                post.changedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            } else {
                LOG.debugf("%s: teacher %s does not hold post %s (%s); nothing to vacate", eventRef, teacherId, post.id,
                        post.status);
            }
            return;
        }
        post.changedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        if (post.pendingTeacherId != null) {
            post.teacherId = post.pendingTeacherId;
            post.appointmentId = post.pendingAppointmentId;
            post.occupiedSince = post.pendingSince;
            clearPending(post);
            announcements.vacated(post, teacherId, why, PostStatus.OCCUPIED);
            announcements.occupied(post);
            return;
        }
        // counted before the post changes: a query flushes, and a half-changed post breaks its constraints
        KnownSchool school = KnownSchool.findById(post.schoolId);
        int usableIncludingThePost = ledger.counts(post.schoolId).usable();
        post.teacherId = null;
        post.appointmentId = null;
        post.occupiedSince = null;
        if (post.abolishWhenVacatedPlan != null) {
            announcements.vacated(post, teacherId, why, PostStatus.ABOLISHED);
            posts.abolishUnchecked(post, "abolished by plan " + post.abolishWhenVacatedPlan + " once its holder left ("
                    + why + ")", post.abolishWhenVacatedPlan);
            return;
        }
        if (OverEstablishment.freezeOnVacating(school.quota, usableIncludingThePost)) {
            post.status = PostStatus.FROZEN;
            post.freezeCause = FreezeCause.OVER_ESTABLISHMENT;
            post.statusReason = "OVER_ESTABLISHED: school " + school.id + " has " + usableIncludingThePost
                    + " vacant and occupied posts for a quota of " + school.quota + "; the post goes as its holder left ("
                    + why + ")";
            announcements.vacated(post, teacherId, why, PostStatus.FROZEN);
            announcements.frozen(post);
            return;
        }
        post.status = PostStatus.VACANT;
        post.statusReason = null;
        announcements.vacated(post, teacherId, why, PostStatus.VACANT);
    }

    private static void clearPending(Post post) {
        post.pendingTeacherId = null;
        post.pendingAppointmentId = null;
        post.pendingSince = null;
    }
}
