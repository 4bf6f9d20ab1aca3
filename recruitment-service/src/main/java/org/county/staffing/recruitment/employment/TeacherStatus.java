package org.county.staffing.recruitment.employment;

/** Where a teacher stands with the county. */
public enum TeacherStatus {
    /** Works at the post of their appointment (or awaits one). */
    ACTIVE,
    /** Lent to another institution; keeps post and quota at the school (抽調借用). */
    SECONDED,
    ON_LEAVE,
    RETIRED,
    LEFT;

    public boolean employed() {
        return this == ACTIVE || this == SECONDED || this == ON_LEAVE;
    }
}
