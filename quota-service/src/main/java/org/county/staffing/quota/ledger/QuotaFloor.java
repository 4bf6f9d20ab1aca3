package org.county.staffing.quota.ledger;

/**
 * What a cut of a school's quota must leave it: the ledger's callers ask before they write a
 * negative entry. Implemented where the floor is decided (the school's regulation in force), so
 * the ledger does not depend on it.
 */
public interface QuotaFloor {

    /** Refuses (409, nothing written) a change of {@code delta} that would leave the school under its floor. */
    void requireCovered(String countyId, String schoolId, int balance, int delta, String field);
}
