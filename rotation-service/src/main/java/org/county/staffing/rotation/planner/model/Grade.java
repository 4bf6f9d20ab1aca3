package org.county.staffing.rotation.planner.model;

/** The grade of an annual evaluation (考評): 優秀, 合格, 基本合格, 不合格. */
public enum Grade {
    EXCELLENT,
    COMPETENT,
    BASIC,
    UNQUALIFIED
}
