package org.county.staffing.recruitment.plan;

public enum MoveSource {
    /** Proposed by a rotation round (rotation.round.proposed.v1). */
    ROTATION,
    /** Won in a cross-school competition. */
    COMPETITION,
    /** The bureau's own adjustment. */
    BUREAU
}
