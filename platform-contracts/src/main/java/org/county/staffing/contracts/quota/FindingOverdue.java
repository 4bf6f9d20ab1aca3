package org.county.staffing.contracts.quota;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * A finding of a joint inspection was not rectified by its deadline: {@code quota.finding.overdue.v1},
 * subject the finding id. Announced once per finding, by the staffing office's daily check.
 */
public record FindingOverdue(
        UUID findingId,
        UUID inspectionId,
        String kind,
        String rule,
        String schoolId,
        String responsibleDepartment,
        LocalDate rectificationDue,
        LocalDate flaggedOn,
        String countyId) {

    public static final EventType<FindingOverdue> TYPE = EventType.of("quota.finding.overdue.v1", FindingOverdue.class);
}
