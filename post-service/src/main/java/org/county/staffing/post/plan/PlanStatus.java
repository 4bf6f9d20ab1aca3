package org.county.staffing.post.plan;

/** Where HR's review of one plan version stands. */
public enum PlanStatus {
    /** Waiting for HR's decision. */
    PENDING,
    APPROVED,
    REJECTED,
    /** A later version was submitted before HR decided this one. */
    SUPERSEDED,
    /** Carried out (after both departments approved): its post changes are applied. */
    EXECUTED
}
