package org.county.staffing.quota.inspection;

/** OPEN when raised, RECTIFIED when the school reports the fix, CLOSED when the office confirms it. */
public enum FindingStatus {
    OPEN,
    RECTIFIED,
    CLOSED
}
