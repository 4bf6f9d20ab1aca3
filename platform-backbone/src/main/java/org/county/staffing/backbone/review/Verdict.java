package org.county.staffing.backbone.review;

/** A department's decision on a plan version. */
public enum Verdict {
    APPROVE,
    REJECT;

    public ReviewStatus outcome() {
        return this == APPROVE ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
    }
}
