package org.county.staffing.contracts.quota;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * The staffing office decided a plan version: {@code quota.plan.decided.v1}, subject the plan id.
 * {@code decision}: APPROVE or REJECT; {@code department}: STAFFING_OFFICE.
 */
public record QuotaPlanDecided(
        UUID planId,
        int version,
        String department,
        String decision,
        List<String> reasons,
        List<Check> checks,
        String countyId,
        @Nullable String schoolYear,
        OffsetDateTime decidedAt) {

    public static final EventType<QuotaPlanDecided> TYPE = EventType.of("quota.plan.decided.v1", QuotaPlanDecided.class);

    /** One automatic quota check as of the decision; a failed blocking check prevents approval. */
    public record Check(
            String rule,
            boolean passed,
            boolean blocking,
            @Nullable String detail,
            @Nullable String detailZh,
            List<String> itemIds) {
    }
}
