package org.county.staffing.contracts.quota;

import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * An executed plan's quota transfers were not applied (none of them): {@code quota.plan-execution.refused.v1}, subject the plan id.
 */
public record PlanExecutionRefused(
        UUID planId,
        int version,
        String countyId,
        String rule,
        String detail,
        List<String> itemIds) {

    public static final EventType<PlanExecutionRefused> TYPE = EventType.of("quota.plan-execution.refused.v1", PlanExecutionRefused.class);
}
