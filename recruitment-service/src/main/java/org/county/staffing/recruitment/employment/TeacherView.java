package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;

/**
 * A teacher as the API shows it: the ID number only masked. The fields of the
 * {@code recruitment.teacher.registered/updated.v1} events plus the current appointment.
 */
public record TeacherView(
        UUID teacherId,
        String countyId,
        String name,
        Gender gender,
        LocalDate birthDate,
        String idNumberMasked,
        List<String> subjects,
        TitleGrade title,
        PostCategory category,
        LocalDate firstHireDate,
        TeacherStatus status,
        boolean backbone,
        boolean young,
        CurrentAppointment currentAppointment) {

    /** The post the teacher holds: which, at which school, since when. */
    public record CurrentAppointment(UUID appointmentId, UUID postId, String schoolId, LocalDate since) {
    }
}
