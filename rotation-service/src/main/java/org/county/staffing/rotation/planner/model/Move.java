package org.county.staffing.rotation.planner.model;

import java.util.List;

/**
 * One planned rotation with its explanation.
 *
 * @param directions    the direction rules it satisfies (at least one)
 * @param vacancyNumber which vacancy of the destination's shortage it fills (1 = the first)
 * @param pairedWith    for a paired exchange, the teacher going the other way
 */
public record Move(String teacherId, String fromSchoolId, String fromPostId, String toSchoolId, String subject,
                   RotationForm form, int termYears, List<Direction> directions, int vacancyNumber,
                   CostTerms cost, String pairedWith, List<Explanation> reasons) {
}
