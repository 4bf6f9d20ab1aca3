package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * One appointment ended and the next started: {@code recruitment.teacher.transferred.v1}, subject the teacher id.
 * {@code category} and {@code subject} are the new post's.
 */
public record TeacherTransferred(
        UUID teacherId,
        UUID fromAppointmentId,
        UUID fromPostId,
        String fromSchoolId,
        UUID toAppointmentId,
        UUID toPostId,
        String toSchoolId,
        String category,
        @Nullable String subject,
        LocalDate effectiveFrom,
        @Nullable UUID planId,
        @Nullable UUID moveId,
        @Nullable UUID roundId,
        @Nullable String form,
        @Nullable LocalDate returnDate,
        @Nullable UUID campaignId) {

    public static final EventType<TeacherTransferred> TYPE = EventType.of("recruitment.teacher.transferred.v1", TeacherTransferred.class);
}
