package org.county.staffing.contracts.quota;

import java.time.OffsetDateTime;
import java.util.Map;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A school reported (or corrected) its enrollment: {@code quota.enrollment.reported.v1}, subject the school id.
 * {@code students} and {@code classes} are keyed by stage; {@code classes} is left out when not reported.
 */
public record EnrollmentReported(
        String schoolId,
        String schoolYear,
        Map<String, Integer> students,
        @Nullable @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> classes,
        int totalStudents,
        int revision,
        String reportedBy,
        OffsetDateTime reportedAt) {

    public static final EventType<EnrollmentReported> TYPE = EventType.of("quota.enrollment.reported.v1", EnrollmentReported.class);
}
