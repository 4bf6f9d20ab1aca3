package org.county.staffing.rotation.province;

/** The orders of the province's county rows. */
public enum ProvinceSort {
    COUNTY, DUE, MOVES, RETURNED, UNMET
}
