package org.county.staffing.quota.regulation;

/**
 * Where a version stands on a day: IN_FORCE is the latest version whose effectiveFrom has come,
 * PENDING a later one still waiting for its date, SUPERSEDED an earlier one.
 */
public enum RegulationStatus {
    SUPERSEDED,
    IN_FORCE,
    PENDING
}
