package org.county.staffing.contracts.recruitment;

import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * A department rejected a plan version: {@code recruitment.plan.rejected.v1}, subject the plan id.
 */
public record PlanRejected(
        UUID planId,
        int version,
        String department,
        List<String> reasons) {

    public static final EventType<PlanRejected> TYPE = EventType.of("recruitment.plan.rejected.v1", PlanRejected.class);
}
