package org.county.staffing.quota.province;

/** The order of the province's county list: by county id, or by a figure, largest first (ties by county id). */
public enum CountyOrder {
    COUNTY,
    SCHOOLS,
    OVER_STAFFED,
    UNDER_STAFFED,
    FREE
}
