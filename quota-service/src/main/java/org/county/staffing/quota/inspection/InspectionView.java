package org.county.staffing.quota.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An inspection and every finding it found (new ones and ones still open from before). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InspectionView(UUID id, String countyId, String district, List<String> schoolIds, String note,
                             LocalDate inspectedOn, int schoolsInspected, String runBy, OffsetDateTime runAt,
                             Map<FindingKind, Long> counts, List<FindingView> findings, List<Department> departments,
                             Integer rectificationDays) {
}
