package org.county.staffing.post.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.review.Verdict;

import com.fasterxml.jackson.databind.JsonNode;

/** A plan version under HR's review, as the API shows it. */
public record PlanView(
        UUID planId,
        int version,
        String countyId,
        String schoolYear,
        boolean late,
        String lateReason,
        LocalDate effectiveDate,
        PlanStatus status,
        JsonNode items,
        boolean checksPassed,
        List<PlanChecks.Check> checks,
        OffsetDateTime checkedAt,
        OffsetDateTime receivedAt,
        Verdict decision,
        List<String> reasons,
        String decidedBy,
        OffsetDateTime decidedAt,
        LocalDate executedOn) {
}
