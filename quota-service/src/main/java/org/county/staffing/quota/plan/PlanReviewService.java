package org.county.staffing.quota.plan;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.context.CurrentEventContext;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.persistence.StoredJson;
import org.county.staffing.backbone.review.PlanReviewCycle;
import org.county.staffing.backbone.review.PlanReviewRules;
import org.county.staffing.backbone.review.ReviewStatus;
import org.county.staffing.backbone.review.Verdict;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.quota.PlanExecutionRefused;
import org.county.staffing.contracts.quota.QuotaPlanDecided;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanItem;
import org.county.staffing.contracts.recruitment.PlanSubmitted;
import org.county.staffing.quota.ledger.EntryKind;
import org.county.staffing.quota.ledger.Ledger;
import org.county.staffing.quota.ledger.LedgerEntry;
import org.county.staffing.quota.ledger.PoolAccount;
import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.regulation.LeadershipQuotaFloor;
import org.county.staffing.quota.school.School;
import org.county.staffing.quota.school.SchoolStatus;
import org.county.staffing.quota.usage.UsageService;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * The staffing office's side of the annual adjustment plan (每年7月底前提出, 征得編辦同意後實施):
 * each submitted version is checked automatically and waits for a decision; once the bureau
 * executes an approved version, its quota transfers become TRANSFER entries referencing the plan,
 * applied once, whole or not at all.
 */
@ApplicationScoped
public class PlanReviewService {

    /** The department named in the staffing office's decisions. */
    public static final String STAFFING_OFFICE = "STAFFING_OFFICE";

    private static final Logger LOG = Logger.getLogger(PlanReviewService.class);
    private static final TypeReference<List<PlanCheck>> CHECKS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    PlatformClock clock;

    @Inject
    Ledger ledger;

    @Inject
    LeadershipQuotaFloor leadership;

    @Inject
    UsageService usage;

    @Inject
    Outbox outbox;

    @Inject
    CurrentEventContext context;

    /** A submitted version: recorded with its check, superseding a version of the plan still pending. */
    @Transactional
    public void submitted(PlanSubmitted submitted, String submittedBy) {
        cycle().receive(submitted, arrived -> {
            PlanReview review = PlanReview.arrived(arrived, StoredJson.write(submitted.items()));
            review.checks = StoredJson.write(check(submitted.countyId(), submitted.items()));
            review.submittedBy = submittedBy;
            review.receivedAt = now();
            review.persist();
            return review;
        });
    }

    /** The staffing office decides the pending version (the shared review rules, this office's quota checks). */
    @Transactional
    public PlanView decide(String countyId, UUID planId, DecidePlanRequest request) {
        PlanReview decided = cycle().decide(countyId, planId,
                new PlanReviewCycle.Request(request.decision(), request.reasons(), request.version()));
        return view(decided, versions(countyId, planId));
    }

    private PlanReviewCycle<PlanReview, PlanCheck> cycle() {
        return new PlanReviewCycle<>(new PlanReviewCycle.Store<>() {
            @Override
            public List<PlanReview> versions(UUID planId) {
                return PlanReview.list("planId", planId);
            }

            @Override
            public PlanReview lock(PlanReview version) {
                PlanReview.getEntityManager().lock(version, LockModeType.PESSIMISTIC_WRITE);
                PlanReview.getEntityManager().refresh(version);
                return version;
            }

            @Override
            public void markSuperseded(PlanReview version) {
                version.status = ReviewStatus.SUPERSEDED;
            }
        }, new PlanReviewCycle.Department<>() {
            @Override
            public List<PlanCheck> check(PlanReview version) {
                return PlanReviewService.this.check(version.countyId, PlanItems.stored(version.items));
            }

            @Override
            public void decided(PlanReview version, Verdict verdict, List<String> reasons, List<PlanCheck> checks) {
                version.status = verdict.outcome();
                version.checks = StoredJson.write(checks);
                version.reasons = StoredJson.write(reasons);
                version.decidedBy = context.get().actor();
                version.decidedAt = now();
                outbox.append(QuotaPlanDecided.TYPE, "plan", version.planId.toString(), version.countyId,
                        new QuotaPlanDecided(version.planId, version.version, STAFFING_OFFICE, verdict.name(), reasons,
                                checks.stream().map(c -> new QuotaPlanDecided.Check(c.rule(), c.passed(), c.blocking(), c.detail(),
                                        c.detailZh(), c.itemIds())).toList(),
                                version.countyId, version.schoolYear, version.decidedAt));
            }
        }, "quota side", "编制核查");
    }

    /**
     * The bureau executed a version: its quota transfers become TRANSFER entries referencing the
     * plan (two per item, sharing a transfer id). Applied once; refused whole, and announced,
     * when the version was not approved here or the ledger no longer allows it.
     */
    @Transactional
    public void executed(String countyId, PlanExecuted executed) {
        UUID planId = executed.planId();
        int version = executed.version();
        List<PlanItem> items = executed.items();
        if (LedgerEntry.count("reference = ?1 and planItemId is not null", planId.toString()) > 0) {
            return;
        }
        Optional<PlanReview> review = PlanReview.<PlanReview>find("planId = ?1 and version = ?2", planId, version).firstResultOptional();
        if (review.isPresent() && review.get().executionStatus != null) {
            return;
        }
        List<PlanItems.Transfer> transfers = PlanItems.transfers(items);
        List<String> itemIds = transfers.stream().map(t -> t.itemId() == null ? "?" : t.itemId()).toList();
        if (review.isEmpty() || review.get().status != ReviewStatus.APPROVED) {
            refuse(countyId, planId, version, review, "PLAN_APPROVED_BY_STAFFING_OFFICE",
                    "version " + version + " of plan " + planId + " was "
                            + review.map(r -> r.status.toString()).orElse("never submitted to the staffing office")
                            + "; only an approved version's transfers are applied", itemIds);
            return;
        }
        if (transfers.isEmpty()) {
            markExecuted(review.get(), "APPLIED", "no quota transfers");
            return;
        }
        // lock every pool the transfers touch, in one order, before reading balances
        TreeSet<Pool> pools = new TreeSet<>();
        for (PlanItems.Transfer t : transfers) {
            for (String id : new String[] {t.fromSchoolId(), t.toSchoolId()}) {
                School school = id == null ? null : School.findById(id);
                if (school != null && school.countyId.equals(countyId)) {
                    pools.add(school.pool());
                }
            }
        }
        pools.forEach(pool -> ledger.lock(countyId, pool));
        List<PlanCheck> checks = check(countyId, items);
        Optional<PlanCheck> failed = checks.stream().filter(c -> c.blocking() && !c.passed()).findFirst();
        if (failed.isPresent()) {
            refuse(countyId, planId, version, review, failed.get().rule(), failed.get().detail(), itemIds);
            return;
        }
        for (PlanItems.Transfer t : transfers) {
            School from = School.findById(t.fromSchoolId());
            UUID transferId = UUID.randomUUID();
            String reason = (t.reason() == null ? "annual adjustment plan" : t.reason()) + " (plan " + planId + " v" + version + ")";
            ledger.append(countyId, from.pool(), t.fromSchoolId(), EntryKind.TRANSFER, -t.amount(), reason, planId.toString(),
                    transferId, t.itemId());
            ledger.append(countyId, from.pool(), t.toSchoolId(), EntryKind.TRANSFER, t.amount(), reason, planId.toString(),
                    transferId, t.itemId());
        }
        markExecuted(review.get(), "APPLIED", transfers.size() + " quota transfer(s) applied");
    }

    public List<PlanView> list(String countyId, ReviewStatus status) {
        List<PlanReview> reviews = status == null
                ? PlanReview.list("countyId = ?1 order by receivedAt desc, planId, version desc", countyId)
                : PlanReview.list("countyId = ?1 and status = ?2 order by receivedAt desc, planId, version desc", countyId, status);
        return reviews.stream().map(r -> view(r, List.of())).toList();
    }

    /** The latest version of the plan, with the earlier ones. */
    public PlanView get(String countyId, UUID planId) {
        List<PlanReview> versions = versions(countyId, planId);
        return view(versions.get(versions.size() - 1), versions);
    }

    private List<PlanReview> versions(String countyId, UUID planId) {
        List<PlanReview> versions = PlanReview.list("planId = ?1 and countyId = ?2 order by version", planId, countyId);
        PlanReviewRules.exists(planId, versions);
        return versions;
    }

    private List<PlanCheck> check(String countyId, List<PlanItem> items) {
        List<PlanItems.Transfer> transfers = PlanItems.transfers(items);
        List<PlanItems.StaffChange> staffChanges = PlanItems.staffChanges(items);
        Map<String, Integer> staff = usage.staffBySchool(countyId);
        Map<String, PlanQuotaCheck.SchoolFacts> schools = new HashMap<>();
        Map<Pool, PoolAccount> pools = new EnumMap<>(Pool.class);
        List<String> ids = new ArrayList<>();
        transfers.forEach(t -> {
            ids.add(t.fromSchoolId());
            ids.add(t.toSchoolId());
        });
        staffChanges.forEach(c -> ids.add(c.schoolId()));
        for (String id : ids) {
            if (id == null || schools.containsKey(id)) {
                continue;
            }
            School school = School.findById(id);
            if (school != null && school.countyId.equals(countyId)) {
                schools.put(id, new PlanQuotaCheck.SchoolFacts(id, school.pool(), school.status == SchoolStatus.ACTIVE,
                        ledger.balance(id), staff.getOrDefault(id, 0), leadership.leadershipTotal(id)));
                pools.computeIfAbsent(school.pool(), pool -> ledger.account(countyId, pool));
            }
        }
        return PlanQuotaCheck.check(transfers, staffChanges, schools, pools);
    }

    private void refuse(String countyId, UUID planId, int version, Optional<PlanReview> review, String rule, String detail,
                        List<String> itemIds) {
        LOG.warnf("quota transfers of plan %s v%d not applied: %s %s", planId, version, rule, detail);
        review.ifPresent(r -> markExecuted(r, "REFUSED", rule + ": " + detail));
        outbox.append(PlanExecutionRefused.TYPE, "plan", planId.toString(), countyId,
                new PlanExecutionRefused(planId, version, countyId, rule, detail, itemIds));
    }

    private void markExecuted(PlanReview review, String status, String detail) {
        review.executionStatus = status;
        review.executionDetail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        review.executedAt = now();
    }

    PlanView view(PlanReview r, List<PlanReview> versions) {
        List<PlanCheck> checks = StoredJson.read(r.checks, CHECKS);
        List<PlanView.Earlier> earlier = versions.stream().filter(v -> v.version < r.version)
                .map(v -> new PlanView.Earlier(v.version, v.status, v.reasons == null ? null : StoredJson.read(v.reasons, STRINGS), v.decidedAt))
                .toList();
        return new PlanView(r.planId, r.version, r.countyId, r.schoolYear, r.status, r.late, r.lateReason, r.effectiveDate,
                r.receivedAt, PlanItems.transfers(PlanItems.stored(r.items)), StoredJson.tree(r.items), checks, PlanReviewRules.blockingPassed(checks), r.decidedBy,
                r.decidedAt, r.reasons == null ? null : StoredJson.read(r.reasons, STRINGS), r.executionStatus, r.executionDetail,
                r.executedAt, earlier.isEmpty() ? null : earlier);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
