package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A plan version was submitted: {@code recruitment.plan.submitted.v1}, subject the plan id.
 */
public record PlanSubmitted(
        UUID planId,
        String countyId,
        String schoolYear,
        int version,
        boolean late,
        @Nullable String lateReason,
        LocalDate effectiveDate,
        List<PlanItem> items) {

    public static final EventType<PlanSubmitted> TYPE = EventType.of("recruitment.plan.submitted.v1", PlanSubmitted.class);
}
