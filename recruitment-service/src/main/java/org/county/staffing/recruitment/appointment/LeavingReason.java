package org.county.staffing.recruitment.appointment;

public enum LeavingReason {
    RETIRED,
    RESIGNED,
    DISMISSED,
    DECEASED,
    OTHER
}
