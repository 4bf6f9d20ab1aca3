package org.county.staffing.quota.pool;

/**
 * A county's separately accounted quota pools (專編專用, 單獨記賬). K-12 schools draw on K12;
 * kindergartens, vocational and special-education schools on OTHER; the education bureau's
 * non-school institutions on INSTITUTION.
 */
public enum Pool {
    K12,
    OTHER,
    INSTITUTION
}
