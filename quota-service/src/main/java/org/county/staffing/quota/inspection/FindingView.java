package org.county.staffing.quota.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.problem.Reason;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A finding as the API shows it; {@code recurring} when an earlier inspection raised it and it is not closed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingView(
        UUID id,
        UUID inspectionId,
        FindingKind kind,
        String rule,
        String schoolId,
        List<Evidence> evidence,
        Reason description,
        FindingStatus status,
        Boolean recurring,
        OffsetDateTime raisedAt,
        String rectificationNote,
        String rectifiedBy,
        OffsetDateTime rectifiedAt,
        String closingNote,
        String closedBy,
        OffsetDateTime closedAt,
        Department responsibleDepartment,
        LocalDate rectificationDue,
        LocalDate overdueOn) {
}
