package org.county.staffing.rotation.planner.model;

/** Urban, town or rural (城區, 鎮區, 鄉村); rurality grows in that order. */
public enum Location {
    URBAN(0),
    TOWN(1),
    RURAL(2);

    private final int rurality;

    Location(int rurality) {
        this.rurality = rurality;
    }

    public int rurality() {
        return rurality;
    }
}
