package org.county.staffing.recruitment.employment;

public enum LeavingReason {
    RETIRED,
    RESIGNED,
    DISMISSED,
    DECEASED,
    OTHER
}
