package org.county.staffing.contracts.recruitment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * A submitted plan version waited too long on a decision: {@code recruitment.plan.overdue.v1}, subject the plan id.
 * {@code waitingFor}: the departments still to decide (STAFFING_OFFICE, HR).
 */
public record PlanOverdue(
        UUID planId,
        int version,
        OffsetDateTime waitingSince,
        List<String> waitingFor) {

    public static final EventType<PlanOverdue> TYPE = EventType.of("recruitment.plan.overdue.v1", PlanOverdue.class);
}
