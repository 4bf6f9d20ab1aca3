package org.county.staffing.quota.standard;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /standards/{stage}}: a new version from {@code effectiveFrom}. */
public record StandardChange(
        @NotNull
        @DecimalMin(value = "1", message = "STANDARD_RATIO_RANGE: students per staff member is at least 1|每名教职工对应学生数不能小于 1")
        @DecimalMax(value = "100", message = "STANDARD_RATIO_RANGE: students per staff member is at most 100|每名教职工对应学生数不能大于 100")
        @Digits(integer = 3, fraction = 2, message = "STANDARD_RATIO_PRECISION: at most two decimals, e.g. 12.5|最多两位小数，例如 12.5")
        BigDecimal studentsPerStaff,
        @NotNull LocalDate effectiveFrom,
        @Size(max = 500) String reason) {
}
