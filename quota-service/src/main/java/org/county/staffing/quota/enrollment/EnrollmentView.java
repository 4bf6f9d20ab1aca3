package org.county.staffing.quota.enrollment;

import java.time.OffsetDateTime;
import java.util.Map;

import org.county.staffing.quota.school.Stage;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A school's enrollment for a school year; the {@code quota.enrollment.reported.v1} payload
 * (students, classes when reported, and the revision).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EnrollmentView(String schoolId, String schoolYear, Map<Stage, Integer> students, Map<Stage, Integer> classes,
                             int totalStudents, int revision, String reportedBy, OffsetDateTime reportedAt) {
}
