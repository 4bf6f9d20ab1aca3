package org.county.staffing.infra.county;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A generated county: its schools with two enrollment reports (the previous verification's and
 * this year's), the teachers with their appointment histories, evaluations and flags, and the
 * development communities. Everything is loaded through the services' REST APIs.
 */
public record CountyModel(
        String countyId,
        String previousYear,
        String currentYear,
        List<SchoolSpec> schools,
        List<TeacherSpec> teachers,
        List<CommunitySpec> communities) {

    /** A school; {@code previous}/{@code current} are students per stage in the two reports. */
    public record SchoolSpec(
            String id,
            String name,
            String kind,
            List<String> stages,
            String location,
            String district,
            String tier,
            double latitude,
            double longitude,
            Map<String, Integer> previousStudents,
            Map<String, Integer> currentStudents,
            Map<String, Integer> currentClasses,
            Map<String, Integer> subjectWeights) {
    }

    /** A teacher appointed at {@code schoolId} since {@code atSchoolSince}, teaching {@code subjects.get(0)}. */
    public record TeacherSpec(
            String id,
            String name,
            String gender,
            LocalDate birthDate,
            String idNumber,
            List<String> subjects,
            String title,
            LocalDate firstHireDate,
            String schoolId,
            LocalDate atSchoolSince,
            boolean backbone,
            String lastGrade,
            int lastScore) {
    }

    public record CommunitySpec(String name, String leadSchoolId, List<String> memberSchoolIds) {
    }
}
