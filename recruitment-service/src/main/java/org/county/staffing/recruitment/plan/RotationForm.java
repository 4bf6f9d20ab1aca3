package org.county.staffing.recruitment.plan;

/** The forms of rotation (交流輪崗) of the seed. */
public enum RotationForm {
    SUPPORT_TEACHING,
    PAIRED_EXCHANGE,
    SHADOWING,
    ITINERANT,
    COMPETITION
}
