package org.county.staffing.contracts.quota;

import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * A school was merged into another: {@code quota.school.merged.v1}, subject the merged school id.
 */
public record SchoolMerged(
        String schoolId,
        String intoSchoolId,
        int quotaMoved,
        String reason,
        UUID mergeId,
        String countyId) {

    public static final EventType<SchoolMerged> TYPE = EventType.of("quota.school.merged.v1", SchoolMerged.class);
}
