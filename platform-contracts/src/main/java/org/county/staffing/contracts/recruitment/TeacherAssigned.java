package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A teacher began a temporary or part-time assignment at a host school (support teaching,
 * shadowing, itinerant teaching): {@code recruitment.teacher.assigned.v1}, subject the teacher id.
 * The teacher keeps the home post (it is reserved, not vacant); {@code hoursPerWeek} is given for a
 * part-time (ITINERANT) assignment, which covers {@code hoursPerWeek / fullPostHours} of a post.
 */
public record TeacherAssigned(
        UUID assignmentId,
        UUID teacherId,
        String form,
        UUID homePostId,
        String homeSchoolId,
        String hostSchoolId,
        @Nullable UUID hostPostId,
        @Nullable Integer hoursPerWeek,
        int fullPostHours,
        LocalDate startsOn,
        LocalDate returnDate,
        @Nullable UUID planId,
        @Nullable UUID moveId,
        @Nullable UUID roundId) {

    public static final EventType<TeacherAssigned> TYPE = EventType.of("recruitment.teacher.assigned.v1", TeacherAssigned.class);
}
