package org.county.staffing.post.province;

/** Ascending or descending. */
public enum SortOrder {
    ASC, DESC
}
