package org.county.staffing.quota.regulation;

/** The party organisation a school's regulation sets up (学校党组织). */
public enum PartyOrganisation {
    /** 党委: a party committee. */
    PARTY_COMMITTEE,
    /** 党总支: a general party branch. */
    GENERAL_BRANCH,
    /** 党支部: a party branch. */
    PARTY_BRANCH;

    /** A committee or a general branch has a full-time deputy secretary, approved separately (单独核定专职副书记). */
    public boolean needsFullTimeDeputySecretary() {
        return this != PARTY_BRANCH;
    }
}
