package org.county.staffing.rotation.evaluation;

import java.math.BigDecimal;
import java.util.UUID;

import org.county.staffing.rotation.planner.model.Grade;

/** Payload of {@code rotation.evaluation.recorded.v1}. */
public record EvaluationRecorded(UUID evaluationId, UUID teacherId, String schoolId, String schoolYear, Grade grade,
                                 BigDecimal score, int version, Integer correctsVersion) {
}
