package org.county.staffing.quota.school;

import java.time.OffsetDateTime;
import java.util.List;

import org.county.staffing.quota.pool.Pool;

/** A school as the API and the {@code quota.school.registered.v1} event show it. */
public record SchoolView(
        String schoolId,
        String countyId,
        String name,
        SchoolKind kind,
        List<Stage> stages,
        Location location,
        String district,
        Pool pool,
        SchoolStatus status,
        String mergedInto,
        OffsetDateTime registeredAt) {

    public static SchoolView of(School school) {
        return new SchoolView(school.id, school.countyId, school.name, school.kind,
                school.stages.stream().sorted().toList(), school.location, school.district, school.pool(),
                school.status, school.mergedInto, school.registeredAt);
    }
}
