package org.county.staffing.quota.inspection;

/**
 * The kinds of irregularity the special inspections (專項督查) look for: the document's four, and
 * leadership posts that differ from the school's function-and-staffing regulation.
 */
public enum FindingKind {
    /** 混編混崗: staffing categories and posts mixed up. */
    MIXED_POSTS,
    /** 私自占用教職工編制: staff on a school's quota who do not work there. */
    QUOTA_OCCUPIED,
    /** 違規抽調借用: teachers seconded away without approval or beyond the approved period. */
    IRREGULAR_SECONDMENT,
    /** 違規編外用人: appointments beyond the quota or outside established posts. */
    OFF_QUOTA_HIRING,
    /** 领导职数: leadership posts established short of or beyond the school's regulation (机构职能编制规定). */
    LEADERSHIP_POSTS
}
