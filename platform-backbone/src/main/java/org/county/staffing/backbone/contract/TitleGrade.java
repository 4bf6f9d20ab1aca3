package org.county.staffing.backbone.contract;

/** Professional title grades of primary and secondary teachers (教師職稱), highest first. */
public enum TitleGrade {
    /** 正高級教師. */
    SENIOR_PROFESSOR,
    /** 高級教師. */
    SENIOR,
    /** 一級教師. */
    FIRST,
    /** 二級教師. */
    SECOND,
    /** 三級教師. */
    THIRD,
    /** Not yet rated (new hires on probation, support staff). */
    NONE;

    /** True when this grade is at least {@code required}. */
    public boolean meets(TitleGrade required) {
        return ordinal() <= required.ordinal();
    }
}
