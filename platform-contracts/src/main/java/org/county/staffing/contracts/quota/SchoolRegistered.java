package org.county.staffing.contracts.quota;

import java.time.OffsetDateTime;
import java.util.List;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A school (or non-school institution) was registered: {@code quota.school.registered.v1}, subject the school id.
 * Enumerated values are strings: kind, stages, location, pool and status as docs/events.md lists them.
 */
public record SchoolRegistered(
        String schoolId,
        String countyId,
        String name,
        String kind,
        List<String> stages,
        String location,
        String district,
        String pool,
        String status,
        @Nullable String mergedInto,
        OffsetDateTime registeredAt) {

    public static final EventType<SchoolRegistered> TYPE = EventType.of("quota.school.registered.v1", SchoolRegistered.class);
}
