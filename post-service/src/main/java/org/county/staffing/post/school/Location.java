package org.county.staffing.post.school;

/** Urban, town or rural (城區, 鎮區, 鄉村), as quota-service registered the school. */
public enum Location {
    URBAN,
    TOWN,
    RURAL
}
