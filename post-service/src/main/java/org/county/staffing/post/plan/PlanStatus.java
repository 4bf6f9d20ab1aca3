package org.county.staffing.post.plan;

import org.county.staffing.backbone.review.ReviewStatus;

/** Where HR's review of one plan version stands. */
public enum PlanStatus {
    /** Waiting for HR's decision. */
    PENDING,
    APPROVED,
    REJECTED,
    /** A later version was submitted before HR decided this one. */
    SUPERSEDED,
    /** Carried out (after both departments approved): its post changes are applied. */
    EXECUTED;

    /** The shared review life cycle's view: an executed version was decided (approved). */
    public ReviewStatus review() {
        return this == EXECUTED ? ReviewStatus.APPROVED : ReviewStatus.valueOf(name());
    }

    public static PlanStatus of(ReviewStatus status) {
        return valueOf(status.name());
    }
}
