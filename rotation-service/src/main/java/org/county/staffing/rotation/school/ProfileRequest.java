package org.county.staffing.rotation.school;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.county.staffing.rotation.planner.model.Tier;

/** The body of {@code PUT /schools/{schoolId}/profile}. */
public record ProfileRequest(
        @NotNull(message = "PROFILE_TIER_REQUIRED: the tier (STRONG, ORDINARY or WEAK) is required|必须填写学校等级（STRONG、ORDINARY 或 WEAK）")
        Tier tier,
        @NotNull(message = "COORDINATES_REQUIRED: latitude is required|必须填写纬度")
        @DecimalMin(value = "-90", message = "COORDINATES_RANGE: latitude is between -90 and 90|纬度应在 -90 到 90 之间")
        @DecimalMax(value = "90", message = "COORDINATES_RANGE: latitude is between -90 and 90|纬度应在 -90 到 90 之间")
        BigDecimal latitude,
        @NotNull(message = "COORDINATES_REQUIRED: longitude is required|必须填写经度")
        @DecimalMin(value = "-180", message = "COORDINATES_RANGE: longitude is between -180 and 180|经度应在 -180 到 180 之间")
        @DecimalMax(value = "180", message = "COORDINATES_RANGE: longitude is between -180 and 180|经度应在 -180 到 180 之间")
        BigDecimal longitude) {
}
