package org.county.staffing.post;

/** The event types of other services post-service reacts to (see docs/events.md). */
public final class ConsumedEvents {

    public static final String SCHOOL_REGISTERED = "quota.school.registered.v1";
    public static final String SCHOOL_MERGED = "quota.school.merged.v1";
    public static final String ALLOCATION_CHANGED = "quota.allocation.changed.v1";

    public static final String TEACHER_APPOINTED = "recruitment.teacher.appointed.v1";
    public static final String TEACHER_TRANSFERRED = "recruitment.teacher.transferred.v1";
    public static final String TEACHER_LEFT = "recruitment.teacher.left.v1";

    public static final String PLAN_SUBMITTED = "recruitment.plan.submitted.v1";
    public static final String PLAN_EXECUTED = "recruitment.plan.executed.v1";

    private ConsumedEvents() {
    }
}
