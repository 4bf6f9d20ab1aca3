package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * An approved plan was carried out: {@code recruitment.plan.executed.v1}, subject the plan id; the items as approved.
 */
public record PlanExecuted(
        UUID planId,
        int version,
        String schoolYear,
        LocalDate executedOn,
        List<PlanItem> items) {

    public static final EventType<PlanExecuted> TYPE = EventType.of("recruitment.plan.executed.v1", PlanExecuted.class);
}
