package org.county.staffing.post.plan;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.Subjects;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.post.post.EstablishmentReconciler;
import org.county.staffing.post.post.LeadershipRules;
import org.county.staffing.post.post.Post;
import org.county.staffing.post.post.PostLedger;
import org.county.staffing.post.post.PostService;
import org.county.staffing.post.post.PostShape;
import org.county.staffing.post.regulation.KnownRegulation;
import org.county.staffing.post.school.KnownSchool;
import org.county.staffing.post.school.SchoolDirectory;
import org.jboss.logging.Logger;

/**
 * Carries out the {@code POST_CHANGE} items of an executed plan, once each (an item applied is
 * recorded with it): ESTABLISH creates the posts, ABOLISH abolishes them, and a post still held
 * is abolished as soon as its holder leaves. Quota and structure were checked when HR approved;
 * they are not checked again here, because the quota transfers of the same plan reach this
 * service through quota-service's events, in any order relative to this one.
 */
@ApplicationScoped
public class PlanExecution {

    private static final Logger LOG = Logger.getLogger(PlanExecution.class);

    @Inject
    PlatformClock clock;

    @Inject
    EntityManager em;

    @Inject
    SchoolDirectory schools;

    @Inject
    PostService posts;

    @Inject
    Subjects subjects;

    @Inject
    EstablishmentReconciler reconciler;

    @Inject
    PostLedger ledger;

    /** {@code ref} names the event in logs and dead-letter reasons. */
    public void executed(String ref, PlanExecuted executed) {
        UUID planId = executed.planId();
        List<PlanItem.PostChange> changes = new ArrayList<>();
        for (PlanItem item : PlanItem.of(executed.items())) {
            if (item instanceof PlanItem.PostChange change) {
                changes.add(change);
            }
        }
        Set<String> schoolIds = new HashSet<>();
        for (PlanItem.PostChange change : changes) {
            if (change.schoolId() != null) {
                schoolIds.add(change.schoolId());
            }
        }
        Map<String, KnownSchool> locked = schools.lockAll(schoolIds);
        for (PlanItem.PostChange change : changes) {
            if (!firstApplication(planId, change.itemId())) {
                continue;
            }
            KnownSchool school = locked.get(change.schoolId());
            if (school == null || !school.registered) {
                throw new MalformedEventException(ref + " item " + change.itemId() + " changes posts of school "
                        + change.schoolId() + ", which is not registered");
            }
            if (change.establishes()) {
                establish(ref, planId, school, change);
            } else if (change.abolishes()) {
                abolish(ref, planId, school, change);
            } else {
                throw new MalformedEventException(ref + " item " + change.itemId() + " has action '" + change.action()
                        + "', not ESTABLISH or ABOLISH");
            }
        }
        for (KnownSchool school : locked.values()) {
            reconciler.reconcile(school, false);
        }
        List<PlanReview> reviews = PlanReview.list("planId", planId);
        for (PlanReview review : reviews) {
            if (review.version == executed.version()) {
                if (review.status != PlanStatus.APPROVED && review.status != PlanStatus.EXECUTED) {
                    LOG.warnf("%s: plan %s version %d is executed while HR's review says %s", ref, planId, review.version,
                            review.status);
                }
                review.status = PlanStatus.EXECUTED;
                review.executedOn = executed.executedOn();
            }
        }
    }

    private void establish(String ref, UUID planId, KnownSchool school, PlanItem.PostChange change) {
        PostCategory category = parse(PostCategory.class, change.category(), ref, change, "category");
        TitleGrade level = change.level() == null ? TitleGrade.NONE : parse(TitleGrade.class, change.level(), ref, change, "level");
        String subject = change.subject() == null ? null : change.subject().toUpperCase(Locale.ROOT);
        if (subject != null && !subjects.isKnown(subject)) {
            throw new MalformedEventException(ref + " item " + change.itemId() + ": '" + subject + "' is not a subject of the county");
        }
        try {
            PostShape.requireSubjectFitsCategory(category, subject);
        } catch (RuleViolation e) {
            throw new MalformedEventException(ref + " item " + change.itemId() + ": " + e.getMessage());
        }
        if (change.count() == null || change.count() < 1) {
            throw new MalformedEventException(ref + " item " + change.itemId() + " establishes no positive count of posts");
        }
        LeadershipRole role = change.leadershipRole() == null ? null
                : parse(LeadershipRole.class, change.leadershipRole(), ref, change, "leadershipRole");
        try {
            LeadershipRules.requireManagementPost(category, role);
        } catch (RuleViolation e) {
            throw new MalformedEventException(ref + " item " + change.itemId() + ": " + e.getMessage());
        }
        String reason = change.reason() != null ? change.reason() : "established by plan " + planId;
        if (role != null) {
            // HR checked the role at approval; a regulation issued since may approve fewer: the posts are
            // set up as the plan's quota allows, without a role the regulation no longer approves
            KnownRegulation regulation = KnownRegulation.inForce(school.id, clock.today());
            try {
                LeadershipRules.requireWithinRegulation(school.id, role, change.count(),
                        regulation == null ? null : regulation.approved(), ledger.leadershipPosts(school.id).getOrDefault(role, 0));
            } catch (RuleViolation e) {
                LOG.warnf("%s item %s: %s", ref, change.itemId(), e.getMessage());
                reason = reason + " (" + LeadershipRules.LEADERSHIP_POSTS_WITHIN_REGULATION + ": set up without the role "
                        + role + ", beyond the school's regulation)";
                role = null;
            }
        }
        for (int i = 0; i < change.count(); i++) {
            posts.establishUnchecked(school, category, subject, level, role, planId, reason);
        }
    }

    private void abolish(String ref, UUID planId, KnownSchool school, PlanItem.PostChange change) {
        String reason = change.reason() != null ? change.reason() : "abolished by plan " + planId;
        for (String id : change.postIds()) {
            Post post = post(id);
            if (post == null || !post.schoolId.equals(school.id)) {
                throw new MalformedEventException(ref + " item " + change.itemId() + " abolishes post " + id
                        + ", which is not a post of school " + school.id);
            }
            em.refresh(post);
            switch (post.status) {
                case ABOLISHED -> LOG.debugf("%s: post %s was already abolished", ref, id);
                case OCCUPIED -> {
                    // the holder's transfer may not have arrived yet; the post goes when they leave
                    post.abolishWhenVacatedPlan = planId;
                    post.changedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
                }
                case VACANT, FROZEN -> posts.abolishUnchecked(post, reason, planId);
            }
        }
    }

    private boolean firstApplication(UUID planId, String itemId) {
        return em.createNativeQuery("""
                        insert into plan_item_applied (plan_id, item_id, applied_at) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, planId)
                .setParameter(2, itemId)
                .setParameter(3, OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    private static Post post(String id) {
        try {
            return Post.findById(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String ref, PlanItem.PostChange change,
                                               String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(ref + " item " + change.itemId() + ": " + field + " '" + value + "' is not valid");
        }
    }
}
