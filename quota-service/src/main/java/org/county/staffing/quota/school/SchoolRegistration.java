package org.county.staffing.quota.school;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /schools}; a non-school institution teaches no stage ({@code "stages": []}). */
public record SchoolRegistration(
        @NotNull
        @Pattern(regexp = "\\d{10}", message = "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字")
        String id,
        @NotBlank @Size(max = 100) String name,
        @NotNull SchoolKind kind,
        @NotNull Set<@NotNull Stage> stages,
        @NotNull Location location,
        @NotBlank @Size(max = 60) String district) {
}
