package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A teacher was seconded: {@code recruitment.teacher.seconded.v1}, subject the teacher id.
 * The school keeps the teacher's quota and post; no {@code approvalReference} means unapproved.
 */
public record TeacherSeconded(
        UUID secondmentId,
        UUID teacherId,
        String schoolId,
        UUID postId,
        String receivingInstitution,
        LocalDate from,
        LocalDate until,
        @Nullable String approvalReference) {

    public static final EventType<TeacherSeconded> TYPE = EventType.of("recruitment.teacher.seconded.v1", TeacherSeconded.class);
}
