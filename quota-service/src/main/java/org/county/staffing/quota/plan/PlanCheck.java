package org.county.staffing.quota.plan;

import java.util.List;

import org.county.staffing.backbone.review.ReviewCheck;

/**
 * One automatic check of a plan's quota side. A failed blocking check stops approval; a failed
 * warning (staff over quota after the plan) is reported for the decision but does not stop it.
 * {@code itemIds} names the plan items a failed check is about.
 */
public record PlanCheck(String rule, boolean passed, boolean blocking, String detail, String detailZh, List<String> itemIds)
        implements ReviewCheck {
}
