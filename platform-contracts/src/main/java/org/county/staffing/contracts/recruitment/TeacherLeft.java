package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A teacher left the county's service: {@code recruitment.teacher.left.v1}, subject the teacher id.
 * The appointment fields are absent when the teacher held no post; {@code reason}: RETIRED, RESIGNED, DISMISSED, DECEASED or OTHER.
 */
public record TeacherLeft(
        UUID teacherId,
        @Nullable UUID appointmentId,
        @Nullable UUID postId,
        @Nullable String schoolId,
        String reason,
        LocalDate effectiveFrom) {

    public static final EventType<TeacherLeft> TYPE = EventType.of("recruitment.teacher.left.v1", TeacherLeft.class);
}
