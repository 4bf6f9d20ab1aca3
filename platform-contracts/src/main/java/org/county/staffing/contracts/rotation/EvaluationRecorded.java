package org.county.staffing.contracts.rotation;

import java.math.BigDecimal;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A teacher's annual evaluation (or a correction of it): {@code rotation.evaluation.recorded.v1}, subject the teacher id.
 * {@code grade}: EXCELLENT, COMPETENT, BASIC or UNQUALIFIED.
 */
public record EvaluationRecorded(
        UUID evaluationId,
        UUID teacherId,
        String schoolId,
        String schoolYear,
        String grade,
        BigDecimal score,
        int version,
        @Nullable Integer correctsVersion) {

    public static final EventType<EvaluationRecorded> TYPE = EventType.of("rotation.evaluation.recorded.v1", EvaluationRecorded.class);
}
