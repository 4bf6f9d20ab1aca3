package org.county.staffing.quota.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.review.ReviewStatus;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.county.staffing.backbone.review.ReviewStatus;

import com.fasterxml.jackson.databind.JsonNode;

/** A plan version with its automatic check and the staffing office's decision. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanView(
        UUID planId,
        int version,
        String countyId,
        String schoolYear,
        ReviewStatus status,
        boolean late,
        String lateReason,
        LocalDate effectiveDate,
        OffsetDateTime receivedAt,
        List<PlanItems.Transfer> quotaTransfers,
        JsonNode items,
        List<PlanCheck> checks,
        boolean blockingChecksPassed,
        String decidedBy,
        OffsetDateTime decidedAt,
        List<String> reasons,
        String executionStatus,
        String executionDetail,
        OffsetDateTime executedAt,
        List<Earlier> earlierVersions) {

    /** An earlier version of the same plan. */
    public record Earlier(int version, ReviewStatus status, List<String> reasons, OffsetDateTime decidedAt) {
    }
}
