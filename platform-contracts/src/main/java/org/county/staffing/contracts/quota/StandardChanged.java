package org.county.staffing.contracts.quota;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A new version of a staffing standard of the county: {@code quota.standard.changed.v1}, subject {@code <countyId>:<stage>}.
 */
public record StandardChanged(
        String countyId,
        String stage,
        int version,
        BigDecimal studentsPerStaff,
        LocalDate effectiveFrom,
        @Nullable String reason) {

    public static final EventType<StandardChanged> TYPE = EventType.of("quota.standard.changed.v1", StandardChanged.class);
}
