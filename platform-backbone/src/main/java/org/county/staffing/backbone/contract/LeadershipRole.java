package org.county.staffing.backbone.contract;

/**
 * The leadership posts of a school (学校领导职数) that its function-and-staffing regulation
 * (机构职能编制规定) approves by role, and that HR establishes as MANAGEMENT posts.
 */
public enum LeadershipRole {
    /** 校长. */
    PRINCIPAL,
    /** 副校长. */
    DEPUTY_PRINCIPAL,
    /** 党组织书记. */
    PARTY_SECRETARY,
    /** 专职副书记: required where the party organisation is a committee (党委) or a general branch (党总支). */
    FULL_TIME_DEPUTY_SECRETARY,
    /** 纪检书记 / 纪检委员. */
    DISCIPLINE_SECRETARY,
    /** 工会主席. */
    UNION_CHAIR
}
