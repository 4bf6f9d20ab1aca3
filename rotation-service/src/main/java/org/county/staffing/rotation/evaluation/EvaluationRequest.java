package org.county.staffing.rotation.evaluation;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.county.staffing.rotation.planner.model.Grade;

/**
 * The body of {@code PUT /teachers/{teacherId}/evaluations/{schoolYear}}. A correction names the
 * version it corrects and why.
 */
public record EvaluationRequest(
        @NotNull(message = "EVALUATION_GRADE_REQUIRED: the grade (EXCELLENT, COMPETENT, BASIC or UNQUALIFIED) is required|必须填写考评等次（EXCELLENT、COMPETENT、BASIC 或 UNQUALIFIED）")
        Grade grade,
        @NotNull(message = "EVALUATION_SCORE_RANGE: the score (0-100) is required|必须填写考评分数（0-100）")
        @DecimalMin(value = "0", message = "EVALUATION_SCORE_RANGE: the score is between 0 and 100|考评分数应在 0 到 100 之间")
        @DecimalMax(value = "100", message = "EVALUATION_SCORE_RANGE: the score is between 0 and 100|考评分数应在 0 到 100 之间")
        @Digits(integer = 3, fraction = 2, message = "EVALUATION_SCORE_RANGE: the score has at most two decimals|考评分数最多保留两位小数")
        BigDecimal score,
        @Size(max = 2000, message = "EVALUATION_COMMENT_LENGTH: the comment has at most 2000 characters|评语不超过 2000 字")
        String comment,
        @Min(value = 1, message = "EVALUATION_VERSION_CURRENT: versions start at 1|版本号从 1 开始")
        Integer correctsVersion,
        @Size(max = 500, message = "CORRECTION_REASON_LENGTH: the reason has at most 500 characters|更正原因不超过 500 字")
        String correctionReason) {
}
