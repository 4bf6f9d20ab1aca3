package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;

/** Payload of {@code recruitment.teacher.registered.v1} and {@code recruitment.teacher.updated.v1}. */
public record TeacherData(
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
        String schoolId) {
}
