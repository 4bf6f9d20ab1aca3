package org.county.staffing.quota.verification;

/** A proposal waits for approval; approving one supersedes the other open proposals of its pool. */
public enum VerificationStatus {
    PROPOSED,
    APPROVED,
    SUPERSEDED
}
