package org.county.staffing.post.province;

/** The orders of the province's county rows. */
public enum ProvinceSort {
    COUNTY, SCHOOLS, QUOTA, ESTABLISHED, OCCUPIED, VACANT, FROZEN
}
