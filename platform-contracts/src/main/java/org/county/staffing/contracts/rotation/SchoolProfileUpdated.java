package org.county.staffing.contracts.rotation;

import java.math.BigDecimal;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A school's profile was set, or its community changed: {@code rotation.school-profile.updated.v1}, subject the school id.
 * {@code tier}: STRONG, ORDINARY or WEAK.
 */
public record SchoolProfileUpdated(
        String schoolId,
        String tier,
        BigDecimal latitude,
        BigDecimal longitude,
        @Nullable UUID communityId) {

    public static final EventType<SchoolProfileUpdated> TYPE = EventType.of("rotation.school-profile.updated.v1", SchoolProfileUpdated.class);
}
