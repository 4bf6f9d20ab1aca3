package org.county.staffing.quota.plan;

/** The staffing office's side of a plan version; a resubmission supersedes a version still pending. */
public enum PlanStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SUPERSEDED
}
