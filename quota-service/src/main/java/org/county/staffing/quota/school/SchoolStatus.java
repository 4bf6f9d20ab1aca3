package org.county.staffing.quota.school;

/** An institution merged into another keeps its record and ledger history, read only. */
public enum SchoolStatus {
    ACTIVE,
    MERGED
}
