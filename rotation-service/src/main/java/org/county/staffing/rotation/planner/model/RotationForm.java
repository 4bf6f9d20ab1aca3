package org.county.staffing.rotation.planner.model;

/** The five forms of rotation of the seed (交流輪崗形式). */
public enum RotationForm {
    /** 支教交流: from a less rural to a more rural school, for a term, then back. */
    SUPPORT_TEACHING,
    /** 結對交流: two schools exchange teachers, found as opposite moves in the plan. */
    PAIRED_EXCHANGE,
    /** 青年教師跟崗研修: a young teacher of a weak school spends a term at a strong school. */
    SHADOWING,
    /** 走教: part-time across schools of one community or district, for a small shortage. */
    ITINERANT,
    /** 跨校競聘: the destination post is offered as an INTERNAL campaign; no return. */
    COMPETITION
}
