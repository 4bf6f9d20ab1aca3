package org.county.staffing.quota.school;

/** Urban, town or rural (城區, 鎮區, 鄉村): rotation moves teachers between them. */
public enum Location {
    URBAN,
    TOWN,
    RURAL
}
