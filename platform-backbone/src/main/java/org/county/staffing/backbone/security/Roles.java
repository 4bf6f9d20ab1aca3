package org.county.staffing.backbone.security;

import java.util.List;

/** The realm roles of the county realm, one per department plus teachers, inspectors and the province. */
public final class Roles {

    /** 機構編制部門 (編辦): staffing quotas. */
    public static final String STAFFING_OFFICE = "staffing-office";
    /** 人社部門: posts. */
    public static final String HR = "hr";
    /** 教育部門: teachers, recruitment, the annual plan. */
    public static final String EDUCATION_BUREAU = "education-bureau";
    /** A school's own user; acts only on the school of its {@code school_id} claim. */
    public static final String SCHOOL = "school";
    /** A teacher; acts only on the record of its {@code teacher_id} claim. */
    public static final String TEACHER = "teacher";
    /** Inspectors (紀檢, 巡察): read everything of their county, write nothing. */
    public static final String AUDITOR = "auditor";
    /**
     * The province's education and staffing departments: read the province views of every county, write
     * nothing; a province user has no {@code county_id} claim.
     */
    public static final String PROVINCE = "province";

    /** Precedence when a token carries several roles: the first one names the actor. */
    public static final List<String> ALL = List.of(STAFFING_OFFICE, HR, EDUCATION_BUREAU, SCHOOL, TEACHER, AUDITOR, PROVINCE);

    private Roles() {
    }
}
