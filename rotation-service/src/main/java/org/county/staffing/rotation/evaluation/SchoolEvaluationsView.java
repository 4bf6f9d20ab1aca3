package org.county.staffing.rotation.evaluation;

import java.util.List;
import java.util.UUID;

/**
 * A school's evaluations of a school year written in one request: how many were first evaluations and how
 * many corrections, each written version, and the school's teachers in service still without an evaluation.
 */
public record SchoolEvaluationsView(String schoolId, String schoolYear, int created, int corrected,
                                    List<EvaluationView> evaluations, List<UUID> notEvaluated) {
}
