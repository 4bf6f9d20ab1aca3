package org.county.staffing.quota.inspection;

/** The four kinds of irregularity the special inspections (專項督查) look for. */
public enum FindingKind {
    /** 混編混崗: staffing categories and posts mixed up. */
    MIXED_POSTS,
    /** 私自占用教職工編制: staff on a school's quota who do not work there. */
    QUOTA_OCCUPIED,
    /** 違規抽調借用: teachers seconded away without approval or beyond the approved period. */
    IRREGULAR_SECONDMENT,
    /** 違規編外用人: appointments beyond the quota or outside established posts. */
    OFF_QUOTA_HIRING
}
