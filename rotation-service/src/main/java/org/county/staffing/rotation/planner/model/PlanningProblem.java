package org.county.staffing.rotation.planner.model;

import java.util.List;

/**
 * A rotation round to plan: the schools, their subject pictures, the due teachers and how many of
 * them are to move.
 *
 * @param target the number of moves wanted (see {@code TargetRule})
 */
public record PlanningProblem(List<PlanSchool> schools, List<SubjectPosition> positions, List<Candidate> candidates,
                              int target, PlannerParameters parameters) {

    public PlanningProblem {
        schools = List.copyOf(schools);
        positions = List.copyOf(positions);
        candidates = List.copyOf(candidates);
    }

    public PlanningProblem withTarget(int newTarget) {
        return new PlanningProblem(schools, positions, candidates, newTarget, parameters);
    }
}
