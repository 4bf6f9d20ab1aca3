package org.county.staffing.post;

/** The event types post-service publishes on {@code post.events} (see docs/events.md and EVENTS.md). */
public final class PostEvents {

    public static final String POST_ESTABLISHED = "post.post.established.v1";
    public static final String POST_ABOLISHED = "post.post.abolished.v1";
    public static final String POST_FROZEN = "post.post.frozen.v1";
    public static final String POST_UNFROZEN = "post.post.unfrozen.v1";
    public static final String POST_OCCUPIED = "post.post.occupied.v1";
    public static final String POST_VACATED = "post.post.vacated.v1";
    public static final String PLAN_DECIDED = "post.plan.decided.v1";

    /** Aggregate types, the outbox's {@code aggregate_type}. */
    public static final String POST = "post";
    public static final String PLAN = "plan";

    private PostEvents() {
    }
}
