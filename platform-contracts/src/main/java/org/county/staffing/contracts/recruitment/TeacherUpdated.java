package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A teacher's title, subjects, status or backbone flag changed: {@code recruitment.teacher.updated.v1}, subject the teacher id.
 * The same fields as {@link TeacherRegistered}.
 */
public record TeacherUpdated(
        UUID teacherId,
        String countyId,
        String name,
        String gender,
        LocalDate birthDate,
        String idNumberMasked,
        List<String> subjects,
        String title,
        String category,
        LocalDate firstHireDate,
        String status,
        boolean backbone,
        boolean young,
        @Nullable String schoolId) implements TeacherProfile {

    public static final EventType<TeacherUpdated> TYPE = EventType.of("recruitment.teacher.updated.v1", TeacherUpdated.class);
}
