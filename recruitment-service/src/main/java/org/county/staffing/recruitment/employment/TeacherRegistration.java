package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;

/**
 * The body of {@code POST /teachers}. {@code id} may be chosen by the client (the county's seed
 * and the teacher users' {@code teacher_id} claims need stable ids); otherwise one is made.
 * {@code category} defaults to TEACHING.
 */
public record TeacherRegistration(
        UUID id,
        @NotBlank @Size(max = 60) String name,
        @NotNull Gender gender,
        @NotNull LocalDate birthDate,
        @NotBlank(message = "ID_NUMBER_REQUIRED: the national ID number is required|身份证号码不能为空") String idNumber,
        @NotNull @Size(max = 6) List<@NotBlank String> subjects,
        @NotNull TitleGrade title,
        PostCategory category,
        @NotNull LocalDate firstHireDate,
        Boolean backbone) {

    @Override
    public String toString() {
        // records print every component; the ID number must never reach a log this way
        return "TeacherRegistration[id=" + id + ", name=" + name + "]";
    }
}
