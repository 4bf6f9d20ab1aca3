package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A teacher was registered: {@code recruitment.teacher.registered.v1}, subject the teacher id.
 * The first of {@code subjects} is the main subject; {@code schoolId} is the school of the active appointment, if any.
 */
public record TeacherRegistered(
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

    public static final EventType<TeacherRegistered> TYPE = EventType.of("recruitment.teacher.registered.v1", TeacherRegistered.class);
}
