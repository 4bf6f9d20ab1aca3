package org.county.staffing.quota.inspection;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of inspections and findings. */
public final class Requests {

    private Requests() {
    }

    /**
     * {@code POST /inspections}: the whole county unless limited to a district or to schools; the
     * departments taking part besides the staffing office, and the days given to rectify findings
     * (the configured default when absent).
     */
    public record InspectionRequest(
            @Size(max = 60) String district,
            @Size(max = 1000) List<
                    @NotNull
                    @Pattern(regexp = "\\d{10}", message = "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字")
                    String> schoolIds,
            @Size(max = 500) String note,
            @Size(max = 5) List<@NotNull Department> departments,
            @Min(value = 1, message = "RECTIFICATION_DAYS_RANGE: a rectification takes 1 to 365 days|整改期限应为 1 至 365 天")
            @Max(value = 365, message = "RECTIFICATION_DAYS_RANGE: a rectification takes 1 to 365 days|整改期限应为 1 至 365 天")
            Integer rectificationDays) {
    }

    /** {@code POST /findings/{id}/rectification} and {@code /closure}. */
    public record Note(
            @NotBlank(message = "NOTE_REQUIRED: say what was done|须说明整改或核查情况")
            @Size(max = 2000) String note) {
    }
}
