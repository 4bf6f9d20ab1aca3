package org.county.staffing.quota.plan;

import org.county.staffing.quota.Timestamps;
import org.county.staffing.quota.StoredJson;
import java.time.LocalDate;
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
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.QuotaEvents;
import org.county.staffing.quota.ledger.EntryKind;
import org.county.staffing.quota.ledger.Ledger;
import org.county.staffing.quota.ledger.LedgerEntry;
import org.county.staffing.quota.ledger.Pool;
import org.county.staffing.quota.ledger.PoolAccount;
import org.county.staffing.quota.school.School;
import org.county.staffing.quota.school.SchoolStatus;
import org.county.staffing.quota.usage.UsageBook;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The staffing office's side of the annual adjustment plan (每年7月底前提出, 征得編辦同意後實施):
 * each submitted version is checked automatically and waits for a decision; once the bureau
 * executes an approved version, its quota transfers become TRANSFER entries referencing the plan,
 * applied once, whole or not at all.
 */
@ApplicationScoped
public class PlanDesk {

    private static final Logger LOG = Logger.getLogger(PlanDesk.class);
    private static final TypeReference<List<PlanCheck>> CHECKS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Inject
    Ledger ledger;

    @Inject
    UsageBook usage;

    @Inject
    Outbox outbox;

    @Inject
    CurrentEventContext context;

    @Inject
    ObjectMapper mapper;

    @Inject
    StoredJson json;

    /** A submitted version: recorded with its check, superseding a version of the plan still pending. */
    @Transactional
    public void submitted(String countyId, UUID planId, int version, JsonNode data, String submittedBy) {
        if (PlanReview.count("planId = ?1 and version = ?2", planId, version) > 0) {
            return;
        }
        PlanReview.update("status = ?1 where planId = ?2 and status = ?3 and version < ?4", PlanStatus.SUPERSEDED, planId,
                PlanStatus.PENDING, version);
        JsonNode items = data.path("items").isArray() ? data.path("items") : mapper.createArrayNode();
        PlanReview review = new PlanReview();
        review.id = UUID.randomUUID();
        review.planId = planId;
        review.version = version;
        review.countyId = countyId;
        review.schoolYear = text(data, "schoolYear");
        review.late = data.path("late").asBoolean(false);
        review.lateReason = text(data, "lateReason");
        String effective = text(data, "effectiveDate");
        review.effectiveDate = effective == null ? null : parseDate(effective);
        review.items = items.toString();
        review.status = PlanStatus.PENDING;
        review.checks = json.write(check(countyId, items));
        review.submittedBy = submittedBy;
        review.receivedAt = Timestamps.now();
        review.persist();
    }

    @Transactional
    public PlanView decide(String countyId, UUID planId, Decision decision) {
        List<PlanReview> versions = versions(countyId, planId);
        PlanReview pending = versions.stream().filter(v -> v.status == PlanStatus.PENDING).findFirst().orElseThrow(() -> {
            PlanReview latest = versions.get(versions.size() - 1);
            return RuleViolation.conflict("PLAN_DECIDED_ONCE", "planId", new Reason(
                    "version " + latest.version + " of plan " + planId + " is already " + latest.status + "; a version is decided once",
                    "方案 " + planId + " 第 " + latest.version + " 版已" + (latest.status == PlanStatus.APPROVED ? "同意" : "处理")
                            + "，每一版只能决定一次"));
        });
        PlanReview.getEntityManager().lock(pending, LockModeType.PESSIMISTIC_WRITE);
        PlanReview.getEntityManager().refresh(pending);
        if (pending.status != PlanStatus.PENDING) {
            throw RuleViolation.conflict("PLAN_DECIDED_ONCE", "planId", new Reason(
                    "version " + pending.version + " was decided meanwhile", "该版本已被处理"));
        }
        if (decision.version() != null && decision.version() != pending.version) {
            throw RuleViolation.conflict("PLAN_VERSION_CURRENT", "version", new Reason(
                    "version " + decision.version() + " is not the pending version of plan " + planId + " (" + pending.version + ")",
                    "第 " + decision.version() + " 版不是待决定的版本（当前为第 " + pending.version + " 版）"));
        }
        List<String> reasons = decision.reasons() == null ? List.of()
                : decision.reasons().stream().filter(r -> r != null && !r.isBlank()).map(String::trim).toList();
        if (decision.decision() == Decision.Verdict.REJECT && reasons.isEmpty()) {
            throw RuleViolation.unprocessable("REJECT_REASONS_REQUIRED", "reasons", new Reason(
                    "a rejection states its reasons", "不同意方案须说明理由"));
        }
        List<PlanCheck> checks = check(countyId, json.tree(pending.items));
        if (decision.decision() == Decision.Verdict.APPROVE && !PlanQuotaCheck.blockingPassed(checks)) {
            List<String> failed = checks.stream().filter(c -> c.blocking() && !c.passed()).map(PlanCheck::rule).toList();
            throw RuleViolation.conflict("PLAN_CHECKS_PASSED", "decision", new Reason(
                    "the plan's quota side fails " + failed + "; it cannot be approved (reject it with reasons)",
                    "方案的编制核查未通过 " + failed + "，不能同意，请说明理由后退回"));
        }
        pending.status = decision.decision() == Decision.Verdict.APPROVE ? PlanStatus.APPROVED : PlanStatus.REJECTED;
        pending.checks = json.write(checks);
        pending.reasons = json.write(reasons);
        pending.decidedBy = context.get().actor();
        pending.decidedAt = Timestamps.now();
        outbox.append(QuotaEvents.PLAN_DECIDED, "plan", planId.toString(), countyId, new PlanDecided(planId, pending.version,
                PlanDecided.STAFFING_OFFICE, decision.decision(), reasons, checks, countyId, pending.schoolYear, pending.decidedAt));
        return view(pending, versions);
    }

    /**
     * The bureau executed a version: its quota transfers become TRANSFER entries referencing the
     * plan (two per item, sharing a transfer id). Applied once; refused whole, and announced,
     * when the version was not approved here or the ledger no longer allows it.
     */
    @Transactional
    public void executed(String countyId, UUID planId, int version, JsonNode items) {
        if (LedgerEntry.count("reference = ?1 and planItemId is not null", planId.toString()) > 0) {
            return;
        }
        Optional<PlanReview> review = PlanReview.<PlanReview>find("planId = ?1 and version = ?2", planId, version).firstResultOptional();
        if (review.isPresent() && review.get().executionStatus != null) {
            return;
        }
        List<PlanItems.Transfer> transfers = PlanItems.transfers(items != null && items.isArray() ? items
                : review.map(r -> json.tree(r.items)).orElse(mapper.createArrayNode()));
        List<String> itemIds = transfers.stream().map(t -> t.itemId() == null ? "?" : t.itemId()).toList();
        if (review.isEmpty() || review.get().status != PlanStatus.APPROVED) {
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
        List<PlanCheck> checks = check(countyId, items != null && items.isArray() ? items : json.tree(review.get().items));
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

    public List<PlanView> list(String countyId, PlanStatus status) {
        List<PlanReview> reviews = status == null
                ? PlanReview.list("countyId = ?1 order by receivedAt desc", countyId)
                : PlanReview.list("countyId = ?1 and status = ?2 order by receivedAt desc", countyId, status);
        return reviews.stream().map(r -> view(r, List.of())).toList();
    }

    /** The latest version of the plan, with the earlier ones. */
    public PlanView get(String countyId, UUID planId) {
        List<PlanReview> versions = versions(countyId, planId);
        return view(versions.get(versions.size() - 1), versions);
    }

    private List<PlanReview> versions(String countyId, UUID planId) {
        List<PlanReview> versions = PlanReview.list("planId = ?1 and countyId = ?2 order by version", planId, countyId);
        if (versions.isEmpty()) {
            throw RuleViolation.notFound("PLAN_EXISTS", "planId", new Reason(
                    "no plan " + planId + " was submitted in this county", "本县没有收到编号为 " + planId + " 的调整方案"));
        }
        return versions;
    }

    private List<PlanCheck> check(String countyId, JsonNode items) {
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
                        ledger.balance(id), staff.getOrDefault(id, 0)));
                pools.computeIfAbsent(school.pool(), pool -> ledger.account(countyId, pool));
            }
        }
        return PlanQuotaCheck.check(transfers, staffChanges, schools, pools);
    }

    private void refuse(String countyId, UUID planId, int version, Optional<PlanReview> review, String rule, String detail,
                        List<String> itemIds) {
        LOG.warnf("quota transfers of plan %s v%d not applied: %s %s", planId, version, rule, detail);
        review.ifPresent(r -> markExecuted(r, "REFUSED", rule + ": " + detail));
        outbox.append(QuotaEvents.PLAN_EXECUTION_REFUSED, "plan", planId.toString(), countyId,
                new PlanExecutionRefused(planId, version, countyId, rule, detail, itemIds));
    }

    private static void markExecuted(PlanReview review, String status, String detail) {
        review.executionStatus = status;
        review.executionDetail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        review.executedAt = Timestamps.now();
    }

    PlanView view(PlanReview r, List<PlanReview> versions) {
        List<PlanCheck> checks = json.read(r.checks, CHECKS);
        JsonNode items = json.tree(r.items);
        List<PlanView.Earlier> earlier = versions.stream().filter(v -> v.version < r.version)
                .map(v -> new PlanView.Earlier(v.version, v.status, v.reasons == null ? null : json.read(v.reasons, STRINGS), v.decidedAt))
                .toList();
        return new PlanView(r.planId, r.version, r.countyId, r.schoolYear, r.status, r.late, r.lateReason, r.effectiveDate,
                r.receivedAt, PlanItems.transfers(items), items, checks, PlanQuotaCheck.blockingPassed(checks), r.decidedBy,
                r.decidedAt, r.reasons == null ? null : json.read(r.reasons, STRINGS), r.executionStatus, r.executionDetail,
                r.executedAt, earlier.isEmpty() ? null : earlier);
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
