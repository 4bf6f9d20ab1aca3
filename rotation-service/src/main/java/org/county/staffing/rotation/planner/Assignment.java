package org.county.staffing.rotation.planner;

import java.util.List;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.CostTerms;
import org.county.staffing.rotation.planner.model.Direction;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.SubjectPosition;

/** A teacher the optimal flow sends to a destination, before its form is decided. */
public record Assignment(Candidate candidate, PlanSchool from, PlanSchool to, SubjectPosition destination,
                         int vacancyIndex, List<Direction> directions, CostTerms cost) {
}
