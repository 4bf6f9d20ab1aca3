package org.county.staffing.recruitment.employment;

public enum ContractStatus {
    ACTIVE,
    /** Ended early: terminated, or closed because its appointment ended. */
    TERMINATED
}
