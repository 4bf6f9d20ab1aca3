package org.county.staffing.rotation.eligibility;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /exemptions}. */
public record ExemptionRequest(
        @NotNull(message = "TEACHER_ID_REQUIRED: the teacher is required|必须指定教师") UUID teacherId,
        @NotNull(message = "SCHOOL_YEAR_FORMAT: the school year is required, like 2026-2027|必须填写学年，如 2026-2027") String schoolYear,
        @NotBlank(message = "EXEMPTION_REASON_REQUIRED: an exemption says why|免于轮岗须说明原因")
        @Size(max = 500, message = "EXEMPTION_REASON_REQUIRED: the reason has at most 500 characters|原因不超过 500 字") String reason) {
}
