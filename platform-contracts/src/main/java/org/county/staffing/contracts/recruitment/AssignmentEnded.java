package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A temporary or part-time assignment ended: {@code recruitment.assignment.ended.v1}, subject the
 * teacher id. {@code outcome}: RETURNED (the teacher is back at the home post), CONVERTED (the
 * bureau made it a transfer to the host post; a {@code recruitment.teacher.transferred.v1}
 * follows) or TEACHER_LEFT.
 */
public record AssignmentEnded(
        UUID assignmentId,
        UUID teacherId,
        String form,
        UUID homePostId,
        String homeSchoolId,
        String hostSchoolId,
        @Nullable UUID hostPostId,
        LocalDate endedOn,
        String outcome) {

    public static final EventType<AssignmentEnded> TYPE = EventType.of("recruitment.assignment.ended.v1", AssignmentEnded.class);
}
