package org.county.staffing.rotation.planner.model;

/** Vacant posts of one school and subject the round leaves unfilled, and why. */
public record UnmetShortage(String schoolId, String subject, int vacancies, int filled, int unmet, Explanation why) {
}
