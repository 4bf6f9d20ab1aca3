package org.county.staffing.contracts.quota;

import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.LocalizedText;

/**
 * An inspection raised a finding: {@code quota.finding.raised.v1}, subject the finding id.
 */
public record FindingRaised(
        UUID findingId,
        UUID inspectionId,
        String kind,
        String rule,
        String schoolId,
        List<Evidence> evidence,
        LocalizedText description,
        String status,
        String countyId) {

    public static final EventType<FindingRaised> TYPE = EventType.of("quota.finding.raised.v1", FindingRaised.class);

    /** What the finding points at: {@code type} is post, teacher, appointment or secondment. */
    public record Evidence(
            String type,
            String id) {
    }
}
