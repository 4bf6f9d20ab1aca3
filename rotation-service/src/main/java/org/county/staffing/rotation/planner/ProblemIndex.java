package org.county.staffing.rotation.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.SubjectPosition;

/**
 * Lookups over a problem shared by the planner and its references: schools, subject pictures,
 * caps, and the destinations (vacant posts) per county and subject, all in input order so that
 * every model is built deterministically.
 */
public final class ProblemIndex {

    private final PlanningProblem problem;
    private final Map<String, PlanSchool> schools = new LinkedHashMap<>();
    private final Map<String, Map<String, SubjectPosition>> positions = new HashMap<>();
    private final Map<String, List<SubjectPosition>> destinations = new LinkedHashMap<>();
    private final CostModel costs;

    public ProblemIndex(PlanningProblem problem) {
        this.problem = problem;
        for (PlanSchool school : problem.schools()) {
            if (schools.put(school.id(), school) != null) {
                throw new IllegalArgumentException("school " + school.id() + " appears twice");
            }
        }
        for (SubjectPosition position : problem.positions()) {
            PlanSchool school = schools.get(position.schoolId());
            if (school == null) {
                throw new IllegalArgumentException("subject position of unknown school " + position.schoolId());
            }
            if (positions.computeIfAbsent(position.schoolId(), k -> new HashMap<>()).put(position.subject(), position) != null) {
                throw new IllegalArgumentException("school " + position.schoolId() + " has subject " + position.subject() + " twice");
            }
            if (position.shortage()) {
                destinations.computeIfAbsent(key(school.county(), position.subject()), k -> new ArrayList<>()).add(position);
            }
        }
        this.costs = new CostModel(problem.schools(), problem.parameters().weights());
    }

    public static String key(String a, String b) {
        return a + "|" + b;
    }

    public PlanningProblem problem() {
        return problem;
    }

    public CostModel costs() {
        return costs;
    }

    public PlanSchool school(String id) {
        return schools.get(id);
    }

    public SubjectPosition position(String schoolId, String subject) {
        Map<String, SubjectPosition> bySubject = positions.get(schoolId);
        return bySubject == null ? null : bySubject.get(subject);
    }

    /** Vacant posts of the subject in the county, in input order. */
    public List<SubjectPosition> destinations(String county, String subject) {
        return destinations.getOrDefault(key(county, subject), List.of());
    }

    /** Every destination (school and subject with a vacancy), in input order. */
    public List<SubjectPosition> allDestinations() {
        List<SubjectPosition> all = new ArrayList<>();
        destinations.values().forEach(all::addAll);
        return all;
    }

    public int schoolCap(PlanSchool school) {
        return SourceCaps.school(school, problem.parameters());
    }

    public int subjectCap(String schoolId, String subject) {
        return SourceCaps.subject(position(schoolId, subject), problem.parameters());
    }

    /** Candidates the planner can use: their school and subject picture are known. */
    public boolean usable(Candidate candidate) {
        return position(candidate.schoolId(), candidate.subject()) != null;
    }
}
