package org.county.staffing.contracts.recruitment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * Both the staffing office and HR approved a plan version: {@code recruitment.plan.approved.v1}, subject the plan id.
 */
public record PlanApproved(
        UUID planId,
        int version,
        String schoolYear,
        List<Approval> approvals) {

    public static final EventType<PlanApproved> TYPE = EventType.of("recruitment.plan.approved.v1", PlanApproved.class);

    /** One department's approval: STAFFING_OFFICE or HR. */
    public record Approval(
            String department,
            @Nullable String actor,
            OffsetDateTime decidedAt) {
    }
}
