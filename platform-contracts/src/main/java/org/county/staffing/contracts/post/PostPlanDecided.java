package org.county.staffing.contracts.post;

import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * HR decided a plan version: {@code post.plan.decided.v1}, subject the plan id.
 * {@code decision}: APPROVE or REJECT; {@code department}: HR.
 */
public record PostPlanDecided(
        UUID planId,
        int version,
        String department,
        String decision,
        List<String> reasons,
        List<Check> checks,
        @Nullable String schoolYear) {

    public static final EventType<PostPlanDecided> TYPE = EventType.of("post.plan.decided.v1", PostPlanDecided.class);

    /** One automatic post-side check as of the decision. */
    public record Check(
            String rule,
            boolean passed,
            @Nullable String detail,
            @Nullable String detailZh,
            List<String> itemIds) {
    }
}
