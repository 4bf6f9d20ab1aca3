package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;

/** A person applying in an OPEN campaign: not yet a county teacher. */
public record Candidate(
        @NotBlank @Size(max = 60) String name,
        @NotNull Gender gender,
        @NotNull LocalDate birthDate,
        @NotBlank(message = "ID_NUMBER_REQUIRED: the national ID number is required|身份证号码不能为空") String idNumber,
        @NotNull @Size(min = 1, max = 6) List<@NotBlank String> subjects,
        @NotNull TitleGrade title,
        PostCategory category) {

    @Override
    public String toString() {
        return "Candidate[name=" + name + "]";
    }

    /** A candidate as stored: the ID number only hashed, masked and encrypted. */
    public record Stored(String name, Gender gender, LocalDate birthDate, String idNumberHash, String idNumberMasked,
                         String idNumberEncrypted, List<String> subjects, TitleGrade title, PostCategory category) {
    }
}
