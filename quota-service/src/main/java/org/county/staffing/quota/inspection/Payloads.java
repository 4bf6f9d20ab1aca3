package org.county.staffing.quota.inspection;

import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.problem.Reason;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Payloads of the finding events. */
final class Payloads {

    private Payloads() {
    }

    /** {@code quota.finding.raised.v1}. */
    record FindingRaised(UUID findingId, UUID inspectionId, FindingKind kind, String rule, String schoolId,
                         List<Evidence> evidence, Reason description, FindingStatus status, String countyId) {
    }

    /** {@code quota.finding.rectified.v1} and {@code quota.finding.closed.v1}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FindingChanged(UUID findingId, FindingStatus status, String note, FindingKind kind, String rule, String schoolId) {
    }
}
