package org.county.staffing.quota.merger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /schools/{id}/merge}: the institution that takes this one over, and why. */
public record MergeRequest(
        @NotNull
        @Pattern(regexp = "\\d{10}", message = "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字")
        String intoSchoolId,
        @NotBlank(message = "REASON_REQUIRED: a merger states its reason (e.g. the approving document)|合并须说明理由（如批准文件）")
        @Size(max = 500) String reason) {
}
