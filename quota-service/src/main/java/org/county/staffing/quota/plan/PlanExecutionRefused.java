package org.county.staffing.quota.plan;

import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code quota.plan-execution.refused.v1}: an executed plan whose quota transfers the
 * ledger did not apply, and why (nothing of it was applied).
 */
public record PlanExecutionRefused(UUID planId, int version, String countyId, String rule, String detail,
                                   List<String> itemIds) {
}
