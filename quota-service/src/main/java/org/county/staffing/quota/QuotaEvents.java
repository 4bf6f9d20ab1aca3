package org.county.staffing.quota;

/** The event types quota-service publishes on {@code quota.events} (see docs/events.md and EVENTS.md). */
public final class QuotaEvents {

    public static final String SCHOOL_REGISTERED = "quota.school.registered.v1";
    public static final String SCHOOL_MERGED = "quota.school.merged.v1";
    public static final String ENROLLMENT_REPORTED = "quota.enrollment.reported.v1";
    public static final String STANDARD_CHANGED = "quota.standard.changed.v1";
    public static final String ALLOCATION_CHANGED = "quota.allocation.changed.v1";
    public static final String VERIFICATION_APPROVED = "quota.verification.approved.v1";
    public static final String FINDING_RAISED = "quota.finding.raised.v1";
    public static final String FINDING_RECTIFIED = "quota.finding.rectified.v1";
    public static final String FINDING_CLOSED = "quota.finding.closed.v1";
    public static final String PLAN_DECIDED = "quota.plan.decided.v1";
    public static final String PLAN_EXECUTION_REFUSED = "quota.plan-execution.refused.v1";

    private QuotaEvents() {
    }
}
