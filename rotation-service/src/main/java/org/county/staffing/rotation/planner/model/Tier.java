package org.county.staffing.rotation.planner.model;

/** The education bureau's quality tier of a school (優質, 一般, 薄弱). */
public enum Tier {
    STRONG(2),
    ORDINARY(1),
    WEAK(0);

    private final int strength;

    Tier(int strength) {
        this.strength = strength;
    }

    public int strength() {
        return strength;
    }

    public boolean strongerThan(Tier other) {
        return strength > other.strength;
    }
}
