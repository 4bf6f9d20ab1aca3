package org.county.staffing.quota.school;

/** A stage of education; staffing standards are set per stage. A nine-year school has PRIMARY and JUNIOR. */
public enum Stage {
    KINDERGARTEN,
    PRIMARY,
    JUNIOR,
    SENIOR,
    VOCATIONAL,
    SPECIAL
}
