package org.county.staffing.rotation;

/** The event types rotation-service publishes on {@code rotation.events} (see EVENTS.md). */
public final class RotationEvents {

    public static final String EVALUATION_RECORDED = "rotation.evaluation.recorded.v1";
    public static final String SCHOOL_PROFILE_UPDATED = "rotation.school-profile.updated.v1";
    public static final String ROUND_PLANNED = "rotation.round.planned.v1";
    public static final String ROUND_PROPOSED = "rotation.round.proposed.v1";
    public static final String MOVE_STARTED = "rotation.move.started.v1";
    public static final String MOVE_RETURNED = "rotation.move.returned.v1";
    public static final String COMMUNITY_FORMED = "rotation.community.formed.v1";
    public static final String ACTIVITY_RECORDED = "rotation.activity.recorded.v1";

    private RotationEvents() {
    }
}
