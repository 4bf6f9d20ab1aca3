package org.county.staffing.post.plan;

/** HR's decision on a plan version. */
public enum Decision {
    APPROVE,
    REJECT
}
