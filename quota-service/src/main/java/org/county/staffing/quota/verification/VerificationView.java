package org.county.staffing.quota.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.school.Stage;
import org.county.staffing.quota.standard.Rounding;
import org.county.staffing.quota.standard.StageRequirement;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A verification as the API shows it: the proposal per school and, once approved, who approved it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationView(
        UUID id,
        String countyId,
        Pool pool,
        String schoolYear,
        VerificationKind kind,
        VerificationStatus status,
        String overrideReason,
        LocalDate standardsOn,
        Map<Stage, BigDecimal> standards,
        Rounding rounding,
        String priorityRule,
        int poolTotal,
        int capacity,
        int requiredTotal,
        int proposedTotal,
        int poolShortfall,
        String proposedBy,
        OffsetDateTime proposedAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        List<Line> schools) {

    /** One school: enrollment, the standard's computation, current quota and the proposal. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(
            String schoolId,
            String selection,
            int enrollmentRevision,
            int totalStudents,
            Integer basisStudents,
            List<StageRequirement> stages,
            BigDecimal exact,
            int required,
            int floorMinimum,
            int current,
            int proposed,
            int delta,
            String rule,
            Rounding rounding) {
    }
}
