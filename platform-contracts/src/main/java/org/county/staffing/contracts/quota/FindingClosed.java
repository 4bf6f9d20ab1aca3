package org.county.staffing.contracts.quota;

import java.util.UUID;

import org.county.staffing.contracts.EventType;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A finding was closed: {@code quota.finding.closed.v1}, subject the finding id. Absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingClosed(
        UUID findingId,
        String status,
        String note,
        String kind,
        String rule,
        String schoolId) {

    public static final EventType<FindingClosed> TYPE = EventType.of("quota.finding.closed.v1", FindingClosed.class);
}
