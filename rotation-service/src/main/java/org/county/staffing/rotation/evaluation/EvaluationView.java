package org.county.staffing.rotation.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.rotation.planner.model.Grade;

/** The current version of an evaluation, with the versions it corrected. */
public record EvaluationView(UUID evaluationId, UUID teacherId, String schoolId, String schoolYear, int version,
                             Grade grade, BigDecimal score, String comment, String correctionReason,
                             OffsetDateTime recordedAt, String recordedBy, List<EvaluationView> corrected) {

    static EvaluationView of(Evaluation e, List<EvaluationView> corrected) {
        return new EvaluationView(e.id, e.teacherId, e.schoolId, e.schoolYear, e.version, e.grade, e.score, e.comment,
                e.correctionReason, e.recordedAt, e.recordedBy, corrected);
    }
}
