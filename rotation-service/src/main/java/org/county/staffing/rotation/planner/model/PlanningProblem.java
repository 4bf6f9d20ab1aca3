package org.county.staffing.rotation.planner.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rotation round to plan: the schools, their subject pictures, the due teachers and how many of
 * them are to move in each county. Teachers are county staff (縣管): they move within their county,
 * and each county rotates its own share of its own due teachers.
 *
 * @param targets the number of moves wanted per county (see {@code TargetRule})
 */
public record PlanningProblem(List<PlanSchool> schools, List<SubjectPosition> positions, List<Candidate> candidates,
                              Map<String, Integer> targets, PlannerParameters parameters) {

    public PlanningProblem {
        schools = List.copyOf(schools);
        positions = List.copyOf(positions);
        candidates = List.copyOf(candidates);
        targets = Map.copyOf(new LinkedHashMap<>(targets));
    }

    /** A problem of one county. */
    public static PlanningProblem ofCounty(String county, List<PlanSchool> schools, List<SubjectPosition> positions,
                                           List<Candidate> candidates, int target, PlannerParameters parameters) {
        return new PlanningProblem(schools, positions, candidates, Map.of(county, target), parameters);
    }

    /** The moves wanted in all counties together. */
    public int target() {
        return targets.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int target(String county) {
        return targets.getOrDefault(county, 0);
    }
}
