package org.county.staffing.quota.verification;

/** Full re-verification every three years (每三年核定一次), or fine adjustment in between (年度微調). */
public enum VerificationKind {
    TRIENNIAL,
    ANNUAL
}
