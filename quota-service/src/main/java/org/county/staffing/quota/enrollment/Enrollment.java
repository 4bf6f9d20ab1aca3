package org.county.staffing.quota.enrollment;

import java.util.Map;

import org.county.staffing.quota.school.Stage;

/** Students per stage and, when reported, classes per stage (needed for the small-school floor). */
public record Enrollment(Map<Stage, Integer> students, Map<Stage, Integer> classes) {

    public int totalStudents() {
        return students.values().stream().mapToInt(Integer::intValue).sum();
    }
}
