package org.county.staffing.quota.ledger;

/** Why a ledger entry changed a school's allocation or a pool's total. */
public enum EntryKind {
    /** An approved verification sets a school to its verified quota (核定). */
    VERIFICATION,
    /** A single change of one school's allocation by the staffing office. */
    ADJUSTMENT,
    /** One of the two entries of a move between schools (有減有增), by request or by an executed plan. */
    TRANSFER,
    /** One of the two entries that move a merged institution's quota to the one taking it over. */
    MERGE,
    /** A change of the pool's total (its opening from configuration, or an explicit adjustment). */
    POOL
}
