package org.county.staffing.recruitment.employment;

/** Kinds of employment contract (聘用合同). */
public enum ContractType {
    FIXED_TERM,
    OPEN_ENDED,
    PROBATION
}
