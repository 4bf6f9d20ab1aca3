package org.county.staffing.quota.usage;

import java.math.BigDecimal;

import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.school.Location;
import org.county.staffing.quota.school.SchoolStatus;

/**
 * {@code GET /schools/{id}/quota}: the school's allocation against what other departments report.
 * {@code staffAppointed} counts every current appointment at the school, seconded teachers
 * included (they keep their post and quota); {@code secondedOut} says how many of them work
 * elsewhere. {@code assignedOut} counts its teachers on a temporary or part-time assignment at
 * another school (support teaching, shadowing, itinerant teaching): they keep their post and quota,
 * which stay counted here and are not vacancies. {@code coveredByAssignments} is the share of posts
 * other schools' teachers cover here by such assignments (a full-time one a post, a part-time one
 * its hours over a full post's). {@code free} is allocated minus appointed (negative when
 * over-staffed), {@code uncoveredShortage} what of a shortage the assignments do not cover, and
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
        int assignedOut,
        BigDecimal coveredByAssignments,
        int free,
        int postsBeyondQuota,
        StaffingStatus status,
        BigDecimal uncoveredShortage) {
}
