package org.county.staffing.rotation.evaluation;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /schools/{schoolId}/evaluations/{schoolYear}}: each teacher's evaluation by the
 * teacher's id, each line what {@code PUT /teachers/{teacherId}/evaluations/{schoolYear}} takes (a correction
 * names the version it corrects and why).
 */
public record RecordSchoolEvaluationsRequest(
        @NotEmpty(message = "EVALUATIONS_REQUIRED: at least one teacher's evaluation is required|至少须有一名教师的考评")
        @Size(max = 2000, message = "EVALUATIONS_SIZE: at most 2000 evaluations in one request|一次最多提交 2000 条考评")
        Map<UUID, @Valid @NotNull(message = "EVALUATION_REQUIRED: the teacher's evaluation is required|须填写该教师的考评") EvaluationRequest> evaluations) {
}
