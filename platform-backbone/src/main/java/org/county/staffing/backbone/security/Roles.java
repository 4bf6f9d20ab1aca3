package org.county.staffing.backbone.security;

import java.util.List;

/** The realm roles of the county realm, one per department plus teachers and inspectors. */
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
     * The province (provincial education and staffing departments): reads the province views
     * across every county, writes nothing. Its users carry no {@code county_id}, so it is not one of
     * the county's actors below.
     */
    public static final String PROVINCE = "province";

    /** Precedence when a token carries several roles: the first one names the actor. */
    public static final List<String> ALL = List.of(STAFFING_OFFICE, HR, EDUCATION_BUREAU, SCHOOL, TEACHER, AUDITOR);

    private Roles() {
    }
}
