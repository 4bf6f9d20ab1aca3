package org.county.staffing.infra.demo;

import java.util.Map;

/**
 * The realm users who act for a county: one per department and one per school. County 370683 has
 * the realm's demo users (bianban, renshe, jiaoyuju, jijian, xiaozhang1 for 1370683001 and
 * xiaozhang2 for 1370683040); every other school's user, and every user of another county, is
 * created by the county's IT through Keycloak's admin API ({@link RealmUsers}).
 */
public record CountyUsers(String countyId, String staffingOffice, String hr, String educationBureau, String auditor,
                          String teacherUser) {

    public static final String DEMO_COUNTY = "370683";
    private static final Map<String, String> DEMO_SCHOOL_USERS = Map.of("1370683001", "xiaozhang1", "1370683040", "xiaozhang2");

    public static CountyUsers of(String countyId) {
        if (DEMO_COUNTY.equals(countyId)) {
            return new CountyUsers(countyId, "bianban", "renshe", "jiaoyuju", "jijian", "laoshi");
        }
        return new CountyUsers(countyId, "bianban-" + countyId, "renshe-" + countyId, "jiaoyuju-" + countyId,
                "jijian-" + countyId, null);
    }

    /** The user of a school (role {@code school}, claim {@code school_id}). */
    public String school(String schoolId) {
        if (DEMO_COUNTY.equals(countyId) && DEMO_SCHOOL_USERS.containsKey(schoolId)) {
            return DEMO_SCHOOL_USERS.get(schoolId);
        }
        return "school-" + schoolId;
    }

    /** Users the realm file does not define: they are created before the county is loaded. */
    public boolean departmentUsersPredefined() {
        return DEMO_COUNTY.equals(countyId);
    }
}
