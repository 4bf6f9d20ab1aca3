package org.county.staffing.backbone.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.problem.Violation;

/**
 * The rules every department's review of the annual adjustment plan follows (the staffing
 * office's and HR's alike): a version waits for one decision per department, a resubmitted
 * version supersedes the one still waiting, a rejection says why, and a plan failing the
 * department's blocking checks is not approved.
 */
public final class PlanReviewRules {

    /** A decision names a plan the county received. */
    public static final String PLAN_EXISTS = "PLAN_EXISTS";
    /** A department decides a version once; only the pending version is decided. */
    public static final String PLAN_DECIDED_ONCE = "PLAN_DECIDED_ONCE";
    /** A decision naming a version decides that version only. */
    public static final String PLAN_VERSION_CURRENT = "PLAN_VERSION_CURRENT";
    /** A rejection gives at least one reason. */
    public static final String REJECT_REASONS_REQUIRED = "REJECT_REASONS_REQUIRED";
    /** A plan whose blocking checks fail is not approved. */
    public static final String PLAN_CHECKS_PASSED = "PLAN_CHECKS_PASSED";

    /**
     * What becomes of a version on arrival: nothing when it was received already; otherwise it is
     * pending, or superseded at once when a later version arrived first, and {@code superseded}
     * lists the earlier pending versions it replaces.
     */
    public record Arrival(boolean duplicate, ReviewStatus status, List<Integer> superseded) {
    }

    private PlanReviewRules() {
    }

    public static Arrival arrival(List<? extends ReviewedVersion> received, int version) {
        if (received.stream().anyMatch(v -> v.version() == version)) {
            return new Arrival(true, null, List.of());
        }
        boolean newerSeen = received.stream().anyMatch(v -> v.version() > version);
        List<Integer> superseded = received.stream()
                .filter(v -> v.version() < version && v.reviewStatus() == ReviewStatus.PENDING)
                .map(ReviewedVersion::version).sorted().toList();
        return new Arrival(false, newerSeen ? ReviewStatus.SUPERSEDED : ReviewStatus.PENDING, superseded);
    }

    /** Rule PLAN_EXISTS: some version of the plan was received in the caller's county. */
    public static void exists(UUID planId, List<? extends ReviewedVersion> versions) {
        if (versions.isEmpty()) {
            throw RuleViolation.notFound(PLAN_EXISTS, "planId", new Reason(
                    "no plan " + planId + " was submitted in this county", "本县没有收到编号为 " + planId + " 的调整方案"));
        }
    }

    /** Rule PLAN_EXISTS, then PLAN_DECIDED_ONCE: the version waiting for the department's decision. */
    public static <V extends ReviewedVersion> V pending(UUID planId, List<V> versions) {
        exists(planId, versions);
        return versions.stream().filter(v -> v.reviewStatus() == ReviewStatus.PENDING)
                .max(Comparator.comparingInt(ReviewedVersion::version))
                .orElseThrow(() -> {
                    V latest = versions.stream().max(Comparator.comparingInt(ReviewedVersion::version)).orElseThrow();
                    return decidedOnce(planId, latest);
                });
    }

    /** Rule PLAN_DECIDED_ONCE, once the pending version is locked: it was not decided meanwhile. */
    public static void stillPending(UUID planId, ReviewedVersion locked) {
        if (locked.reviewStatus() != ReviewStatus.PENDING) {
            throw decidedOnce(planId, locked);
        }
    }

    /** Rule PLAN_VERSION_CURRENT: a decision naming a version is meant for that version only. */
    public static void versionCurrent(UUID planId, ReviewedVersion pending, Integer requested) {
        if (requested != null && requested != pending.version()) {
            throw RuleViolation.conflict(PLAN_VERSION_CURRENT, "version", new Reason(
                    "version " + requested + " of plan " + planId + " is not under review; version " + pending.version() + " is",
                    "方案 " + planId + " 的第 " + requested + " 版不在审核中，当前为第 " + pending.version() + " 版"));
        }
    }

    /** Rule REJECT_REASONS_REQUIRED: the reasons, trimmed and without blanks; a rejection has at least one. */
    public static List<String> reasons(Verdict verdict, List<String> reasons) {
        List<String> given = reasons == null ? List.of()
                : reasons.stream().filter(r -> r != null && !r.isBlank()).map(String::trim).toList();
        if (verdict == Verdict.REJECT && given.isEmpty()) {
            throw RuleViolation.unprocessable(REJECT_REASONS_REQUIRED, "reasons", new Reason(
                    "a rejection gives at least one reason", "不同意方案须至少说明一条理由"));
        }
        return given;
    }

    /**
     * Rule PLAN_CHECKS_PASSED: an approval needs every blocking check passed; the refusal lists
     * each failed blocking check as a further violation of field {@code items}.
     */
    public static void approvable(Verdict verdict, List<? extends ReviewCheck> checks, String side, String sideZh) {
        if (verdict != Verdict.APPROVE || blockingPassed(checks)) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ReviewCheck check : checks) {
            if (check.blocking() && !check.passed()) {
                failed.add(check.rule());
                violations.add(new Violation("items", check.rule(), new Reason(check.detail(), check.detailZh())));
            }
        }
        violations.add(0, new Violation("decision", PLAN_CHECKS_PASSED, new Reason(
                "the plan's " + side + " fails " + failed + "; reject it with reasons, or wait for a corrected version",
                "方案的" + sideZh + "未通过 " + failed + "，不能同意，请说明理由后退回，或等待修正后的版本")));
        throw new RuleViolation(409, violations);
    }

    public static boolean blockingPassed(List<? extends ReviewCheck> checks) {
        return checks.stream().allMatch(c -> c.passed() || !c.blocking());
    }

    private static RuleViolation decidedOnce(UUID planId, ReviewedVersion version) {
        return RuleViolation.conflict(PLAN_DECIDED_ONCE, "planId", new Reason(
                "version " + version.version() + " of plan " + planId + " is " + version.reviewStatus()
                        + ", not waiting for a decision; a department decides a version once",
                "方案 " + planId + " 第 " + version.version() + " 版状态为 " + version.reviewStatus() + "，不在等待决定，每一版只能决定一次"));
    }
}
