package org.county.staffing.backbone.contract;

/** The three categories of public-institution posts (崗位類別). */
public enum PostCategory {
    /** Professional-technical (專業技術崗位): teachers. */
    TEACHING,
    /** Management (管理崗位). */
    MANAGEMENT,
    /** Work-skill (工勤技能崗位). */
    SUPPORT
}
