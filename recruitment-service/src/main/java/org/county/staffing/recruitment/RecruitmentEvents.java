package org.county.staffing.recruitment;

/** The event types recruitment-service publishes on {@code recruitment.events} (see EVENTS.md). */
public final class RecruitmentEvents {

    public static final String TEACHER_REGISTERED = "recruitment.teacher.registered.v1";
    public static final String TEACHER_UPDATED = "recruitment.teacher.updated.v1";
    public static final String TEACHER_APPOINTED = "recruitment.teacher.appointed.v1";
    public static final String TEACHER_TRANSFERRED = "recruitment.teacher.transferred.v1";
    public static final String TEACHER_LEFT = "recruitment.teacher.left.v1";
    public static final String TEACHER_SECONDED = "recruitment.teacher.seconded.v1";
    public static final String SECONDMENT_ENDED = "recruitment.secondment.ended.v1";
    public static final String CONTRACT_SIGNED = "recruitment.contract.signed.v1";
    public static final String CONTRACT_RENEWED = "recruitment.contract.renewed.v1";
    public static final String CONTRACT_TERMINATED = "recruitment.contract.terminated.v1";
    public static final String CAMPAIGN_OPENED = "recruitment.campaign.opened.v1";
    public static final String CAMPAIGN_CLOSED = "recruitment.campaign.closed.v1";
    public static final String PLAN_SUBMITTED = "recruitment.plan.submitted.v1";
    public static final String PLAN_APPROVED = "recruitment.plan.approved.v1";
    public static final String PLAN_REJECTED = "recruitment.plan.rejected.v1";
    public static final String PLAN_EXECUTED = "recruitment.plan.executed.v1";
    public static final String PLAN_OVERDUE = "recruitment.plan.overdue.v1";

    /** The types of other services this one follows. */
    public static final String SCHOOL_REGISTERED = "quota.school.registered.v1";
    public static final String SCHOOL_MERGED = "quota.school.merged.v1";
    public static final String QUOTA_PLAN_DECIDED = "quota.plan.decided.v1";
    public static final String POST_ESTABLISHED = "post.post.established.v1";
    public static final String POST_ABOLISHED = "post.post.abolished.v1";
    public static final String POST_FROZEN = "post.post.frozen.v1";
    public static final String POST_UNFROZEN = "post.post.unfrozen.v1";
    public static final String POST_PLAN_DECIDED = "post.plan.decided.v1";
    public static final String ROTATION_ROUND_PROPOSED = "rotation.round.proposed.v1";

    private RecruitmentEvents() {
    }
}
