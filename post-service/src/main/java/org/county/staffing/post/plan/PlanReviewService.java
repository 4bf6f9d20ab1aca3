package org.county.staffing.post.plan;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.contract.Subjects;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.persistence.StoredJson;
import org.county.staffing.backbone.review.PlanReviewCycle;
import org.county.staffing.backbone.review.PlanReviewRules;
import org.county.staffing.backbone.review.Verdict;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.post.PostPlanDecided;
import org.county.staffing.contracts.recruitment.PlanSubmitted;
import org.county.staffing.post.config.PostConfig;
import org.county.staffing.post.post.Post;
import org.county.staffing.post.post.PostLedger;
import org.county.staffing.post.post.StructurePolicy;
import org.county.staffing.post.regulation.KnownRegulation;
import org.county.staffing.post.school.KnownSchool;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.panache.common.Parameters;

/**
 * HR's side of the annual adjustment plan (征得人社同意後組織實施): every submitted version waits
 * for HR's decision with the automatic post-side check; the decision is announced.
 */
@ApplicationScoped
public class PlanReviewService {

    public static final String DEPARTMENT = "HR";

    private static final TypeReference<List<org.county.staffing.contracts.recruitment.PlanItem>> ITEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<PlanChecks.Check>> CHECKS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    PlatformClock clock;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PostLedger ledger;

    @Inject
    PostConfig config;

    @Inject
    Subjects subjects;

    /** A submitted version becomes a pending review with HR's check; earlier pending versions are superseded. */
    public void received(PlanSubmitted submitted) {
        cycle().receive(submitted, arrived -> {
            PlanReview review = PlanReview.of(arrived, StoredJson.write(submitted.items() == null ? List.of() : submitted.items()),
                    now());
            recordChecks(review, check(review.countyId, submitted.items()));
            review.persist();
            return review;
        });
    }

    /** HR decides the pending version (the shared review rules, HR's post-side checks). */
    @Transactional
    public PlanReview decide(String countyId, UUID planId, DecidePlanRequest request, String actor) {
        return cycle(actor).decide(countyId, planId, new PlanReviewCycle.Request(request.decision(), request.reasons(),
                request.version()));
    }

    private PlanReviewCycle<PlanReview, PlanChecks.Check> cycle() {
        return cycle(null);
    }

    /** The shared review cycle with HR as the department; {@code actor} decides (null while versions arrive). */
    private PlanReviewCycle<PlanReview, PlanChecks.Check> cycle(String actor) {
        HrReview hr = new HrReview(actor);
        return new PlanReviewCycle<>(hr, hr, "post side", "岗位部分");
    }

    /** HR's side of the cycle: its post-side check, the decided event, and where its reviews are kept. */
    private final class HrReview implements PlanReviewCycle.Department<PlanReview, PlanChecks.Check>,
            PlanReviewCycle.Store<PlanReview> {

        private final String actor;

        HrReview(String actor) {
            this.actor = actor;
        }

        @Override
        public List<PlanChecks.Check> check(PlanReview review) {
            return PlanReviewService.this.check(review.countyId, StoredJson.read(review.items, ITEMS));
        }

        @Override
        public void decided(PlanReview review, Verdict verdict, List<String> reasons, List<PlanChecks.Check> checks) {
            recordChecks(review, checks);
            review.status = PlanStatus.of(verdict.outcome());
            review.decision = verdict;
            review.reasons = StoredJson.write(reasons);
            review.decidedBy = actor;
            review.decidedAt = now();
            outbox.append(PostPlanDecided.TYPE, "plan", review.planId.toString(), review.countyId,
                    new PostPlanDecided(review.planId, review.version, DEPARTMENT, verdict.name(), reasons,
                            checks.stream().map(c -> new PostPlanDecided.Check(c.rule(), c.passed(), c.detail(), c.detailZh(),
                                    c.itemIds())).toList(), review.schoolYear));
        }

        @Override
        public List<PlanReview> versions(UUID planId) {
            return PlanReview.list("planId", planId);
        }

        /** The version under decision, locked and read again (a concurrent decision waits, then sees it decided). */
        @Override
        public PlanReview lock(PlanReview review) {
            PlanReview locked = em.find(PlanReview.class, review.id, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(locked);
            return locked;
        }

        @Override
        public void markSuperseded(PlanReview review) {
            review.status = PlanStatus.SUPERSEDED;
        }
    }

    /** Rule PLAN_EXISTS: the latest version of a plan of the caller's county. */
    public PlanReview latest(String countyId, UUID planId) {
        List<PlanReview> versions = cycle().versions(countyId, planId);
        return versions.get(versions.size() - 1);
    }

    public List<PlanReview> list(String countyId, PlanStatus status, String schoolYear) {
        StringBuilder query = new StringBuilder("countyId = :county");
        Parameters params = Parameters.with("county", countyId);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (schoolYear != null) {
            query.append(" and schoolYear = :year");
            params.and("year", schoolYear);
        }
        return PlanReview.list(query + " order by receivedAt desc, planId, version desc", params);
    }

    public PlanView view(PlanReview r) {
        return new PlanView(r.planId, r.version, r.countyId, r.schoolYear, r.late, r.lateReason, r.effectiveDate, r.status,
                StoredJson.tree(r.items), r.checksPassed, StoredJson.read(r.checks, CHECKS), r.checkedAt, r.receivedAt,
                r.decision, StoredJson.read(r.reasons, STRINGS), r.decidedBy,
                r.decidedAt, r.executedOn);
    }

    /** The automatic check against the current posts and quotas. */
    public List<PlanChecks.Check> check(String countyId, List<org.county.staffing.contracts.recruitment.PlanItem> items) {
        List<PlanItem> parsed = PlanItem.of(items);
        return PlanChecks.check(parsed, snapshot(countyId, parsed), StructurePolicy.of(config), subjects.all());
    }

    private PlanChecks.Snapshot snapshot(String countyId, List<PlanItem> items) {
        Set<String> schoolIds = new HashSet<>();
        Set<UUID> postIds = new HashSet<>();
        for (PlanItem item : items) {
            if (item instanceof PlanItem.QuotaTransfer t) {
                addNonNull(schoolIds, t.fromSchoolId(), t.toSchoolId());
            } else if (item instanceof PlanItem.PostChange p) {
                addNonNull(schoolIds, p.schoolId());
                p.postIds().forEach(id -> addUuid(postIds, id));
            } else if (item instanceof PlanItem.TeacherMove m) {
                addNonNull(schoolIds, m.fromSchoolId(), m.toSchoolId());
                addUuid(postIds, m.fromPostId());
                addUuid(postIds, m.toPostId());
            } else if (item instanceof PlanItem.NewHire h) {
                addNonNull(schoolIds, h.schoolId());
                addUuid(postIds, h.postId());
            }
        }
        Map<String, PlanChecks.PostState> posts = new HashMap<>();
        if (!postIds.isEmpty()) {
            for (Post p : Post.<Post>list("id in ?1 and countyId = ?2", postIds, countyId)) {
                posts.put(p.id.toString(), new PlanChecks.PostState(p.id.toString(), p.schoolId, p.category, p.subject,
                        p.status, p.teacherId == null ? null : p.teacherId.toString(), p.leadershipRole));
                schoolIds.add(p.schoolId);
            }
        }
        Map<String, PlanChecks.SchoolState> schools = new HashMap<>();
        if (!schoolIds.isEmpty()) {
            for (KnownSchool s : KnownSchool.<KnownSchool>list("id in ?1 and countyId = ?2 and registered = true", schoolIds, countyId)) {
                KnownRegulation regulation = KnownRegulation.inForce(s.id, clock.today());
                schools.put(s.id, new PlanChecks.SchoolState(s.id, s.isActive(), s.quota, ledger.counts(s.id),
                        regulation == null ? null : regulation.approved(), ledger.leadershipPosts(s.id)));
            }
        }
        return new PlanChecks.Snapshot(schools, posts);
    }

    private void recordChecks(PlanReview review, List<PlanChecks.Check> checks) {
        review.checks = StoredJson.write(checks);
        review.checksPassed = PlanReviewRules.blockingPassed(checks);
        review.checkedAt = now();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static void addNonNull(Set<String> set, String... values) {
        for (String v : values) {
            if (v != null) {
                set.add(v);
            }
        }
    }

    private static void addUuid(Set<UUID> set, String value) {
        if (value == null) {
            return;
        }
        try {
            set.add(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            // an id that is no UUID names no post: the check reports it as missing
        }
    }
}
