package org.county.staffing.quota.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.review.Verdict;

/** Payload of {@code quota.plan.decided.v1}. */
public record PlanDecided(UUID planId, int version, String department, Verdict decision, List<String> reasons,
                          List<PlanCheck> checks, String countyId, String schoolYear, OffsetDateTime decidedAt) {

    public static final String STAFFING_OFFICE = "STAFFING_OFFICE";
}
