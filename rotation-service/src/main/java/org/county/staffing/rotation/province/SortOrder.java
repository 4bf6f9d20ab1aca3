package org.county.staffing.rotation.province;

/** Ascending or descending. */
public enum SortOrder {
    ASC, DESC
}
