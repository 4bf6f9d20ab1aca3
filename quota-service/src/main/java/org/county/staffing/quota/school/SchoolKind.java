package org.county.staffing.quota.school;

import org.county.staffing.quota.pool.Pool;

/** What kind of institution a school is; it decides the pool its quota is drawn from. */
public enum SchoolKind {
    /** A primary, junior or senior high school, or a nine-year or twelve-year school. */
    SCHOOL(Pool.K12),
    KINDERGARTEN(Pool.OTHER),
    VOCATIONAL(Pool.OTHER),
    SPECIAL_EDUCATION(Pool.OTHER),
    /** An institution of the education bureau that is not a school (教研室, 電教館, ...). */
    NON_SCHOOL_INSTITUTION(Pool.INSTITUTION);

    private final Pool pool;

    SchoolKind(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }
}
