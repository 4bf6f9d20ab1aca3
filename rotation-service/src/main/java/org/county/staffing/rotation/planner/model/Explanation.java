package org.county.staffing.rotation.planner.model;

/** A named reason, in English and Chinese, for a move, an unmet shortage or a gap. */
public record Explanation(String code, String en, String zh) {
}
