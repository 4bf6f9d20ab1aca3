package org.county.staffing.rotation.round;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.county.staffing.rotation.planner.model.RotationForm;

/**
 * The body of {@code POST /rounds} and {@code POST /rounds/simulations}: the school year, the share
 * of due teachers to move (default 0.15) and any planner parameters to change; what is left out
 * keeps its default.
 */
public record RoundRequest(
        @NotNull(message = "SCHOOL_YEAR_FORMAT: the school year is required, like 2026-2027|必须填写学年，如 2026-2027")
        String schoolYear,
        @DecimalMin(value = "0", inclusive = false, message = "ROUND_SHARE_RANGE: the share is in (0, 1]|轮岗比例应在 (0, 1] 之间")
        @DecimalMax(value = "1", message = "ROUND_SHARE_RANGE: the share is in (0, 1]|轮岗比例应在 (0, 1] 之间")
        BigDecimal share,
        @Valid Parameters parameters) {

    /** Planner parameters; each null keeps its default. */
    public record Parameters(
            @DecimalMin(value = "0", inclusive = false, message = "SOURCE_STAFF_SHARE_RANGE: the share is in (0, 1]|学校输出比例应在 (0, 1] 之间")
            @DecimalMax(value = "1", message = "SOURCE_STAFF_SHARE_RANGE: the share is in (0, 1]|学校输出比例应在 (0, 1] 之间")
            BigDecimal maxSourceStaffShare,
            @Min(value = 0, message = "PARAMETER_RANGE: at least 0|不能小于 0") @Max(value = 50, message = "PARAMETER_RANGE: at most 50|不能大于 50")
            Integer maxOpenedVacanciesPerSubject,
            @Min(value = 0, message = "PARAMETER_RANGE: at least 0|不能小于 0") @Max(value = 50, message = "PARAMETER_RANGE: at most 50|不能大于 50")
            Integer minKeptPerSubject,
            @Valid WeightsRequest weights,
            Set<String> itinerantSubjects,
            @Min(value = 0, message = "PARAMETER_RANGE: at least 0|不能小于 0") @Max(value = 50, message = "PARAMETER_RANGE: at most 50|不能大于 50")
            Integer itinerantMaxShortage,
            Map<RotationForm, @Min(value = 0, message = "TERM_YEARS_RANGE: 0 to 6 years|任期应为 0 到 6 年")
                    @Max(value = 6, message = "TERM_YEARS_RANGE: 0 to 6 years|任期应为 0 到 6 年") Integer> termYears) {
    }

    /** Objective weights; each null keeps its default. Integers, so that costs stay exact. */
    public record WeightsRequest(
            @Min(value = 0, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") @Max(value = 10000, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") Integer tenurePerYear,
            @Min(value = 0, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") @Max(value = 60, message = "WEIGHT_RANGE: 0 to 60|权重应在 0 到 60 之间") Integer tenureHorizonYears,
            @Min(value = 0, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") @Max(value = 10000, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") Integer excellent,
            @Min(value = 0, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") @Max(value = 10000, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") Integer competent,
            @Min(value = 0, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") @Max(value = 10000, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") Integer basic,
            @Min(value = 0, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") @Max(value = 10000, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") Integer unrated,
            @Min(value = 0, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") @Max(value = 10000, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") Integer travelPerKm,
            @Min(value = 0, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") @Max(value = 10000, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") Integer coverage,
            @Min(value = 0, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") @Max(value = 10000, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") Integer depth,
            @Min(value = 0, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") @Max(value = 10000, message = "WEIGHT_RANGE: 0 to 10000|权重应在 0 到 10000 之间") Integer backbone) {
    }
}
