package org.county.staffing.contracts.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A teacher began a temporary or part-time assignment at a host school (support teaching,
 * shadowing, itinerant teaching): {@code recruitment.teacher.assigned.v1}, subject the teacher id.
 * The teacher keeps the home post (it is reserved, not vacant). {@code postShare} is the share of
 * one post the assignment covers at the host, decided by recruitment: 1 for a full-time assignment,
 * {@code hoursPerWeek / fullPostHours} (at most 1) for a part-time (ITINERANT) one. Consumers read
 * it and do no arithmetic of their own; an event written before the field existed gets it from
 * its hours when it is read.
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
        @Nullable UUID roundId,
        @Nullable BigDecimal postShare) {

    public static final EventType<TeacherAssigned> TYPE = EventType.of("recruitment.teacher.assigned.v1", TeacherAssigned.class);

    public TeacherAssigned {
        if (postShare == null) {
            postShare = postShareOf(hoursPerWeek, fullPostHours);
        }
    }

    /** An assignment whose share follows from its hours (see {@link #postShareOf}). */
    public TeacherAssigned(UUID assignmentId, UUID teacherId, String form, UUID homePostId, String homeSchoolId,
                           String hostSchoolId, UUID hostPostId, Integer hoursPerWeek, int fullPostHours,
                           LocalDate startsOn, LocalDate returnDate, UUID planId, UUID moveId, UUID roundId) {
        this(assignmentId, teacherId, form, homePostId, homeSchoolId, hostSchoolId, hostPostId, hoursPerWeek,
                fullPostHours, startsOn, returnDate, planId, moveId, roundId, null);
    }

    /**
     * The share of one post covered by {@code hoursPerWeek} hours when {@code fullPostHours} make a
     * post (four decimals, at most 1); no hours (a full-time assignment) is a whole post.
     */
    public static BigDecimal postShareOf(Integer hoursPerWeek, int fullPostHours) {
        if (hoursPerWeek == null || fullPostHours <= 0 || hoursPerWeek >= fullPostHours) {
            return BigDecimal.ONE;
        }
        if (hoursPerWeek <= 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(hoursPerWeek).divide(BigDecimal.valueOf(fullPostHours), 4, RoundingMode.HALF_UP);
    }
}
