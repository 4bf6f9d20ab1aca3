package org.county.staffing.quota.usage;

import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.school.Location;
import org.county.staffing.quota.school.SchoolStatus;

/**
 * {@code GET /schools/{id}/quota}: the school's allocation against what other departments report.
 * {@code staffAppointed} counts every current appointment at the school, seconded teachers
 * included (they keep their post and quota); {@code secondedOut} says how many of them work
 * elsewhere. {@code free} is allocated minus appointed (negative when over-staffed), and
 * {@code postsBeyondQuota} how many established posts exceed the allocation.
 */
public record SchoolQuota(
        String schoolId,
        String name,
        String district,
        Location location,
        SchoolStatus schoolStatus,
        Pool pool,
        int allocated,
        int postsEstablished,
        int staffAppointed,
        int secondedOut,
        int free,
        int postsBeyondQuota,
        StaffingStatus status) {
}
