package org.county.staffing.backbone.review;

/** Where one department's review of one plan version stands. */
public enum ReviewStatus {
    /** Waiting for the department's decision. */
    PENDING,
    APPROVED,
    REJECTED,
    /** A later version was submitted before this one was decided. */
    SUPERSEDED
}
