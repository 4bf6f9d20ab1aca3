package org.county.staffing.rotation.planner.model;

/** The objective's terms for one move; {@code total} is their sum. */
public record CostTerms(long priority, long travel, long backbone, long coverage, long total, int travelKm) {

    public static CostTerms of(long priority, long travel, long backbone, long coverage, int travelKm) {
        return new CostTerms(priority, travel, backbone, coverage, priority + travel + backbone + coverage, travelKm);
    }
}
