package org.county.staffing.rotation.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rule ROTATION_TARGET: a round moves {@code share} of the teachers due (15% in the seed), rounded
 * up: the policy sets a minimum share ("not less than 15%"), so rounding never falls below it;
 * 2,000 due at 15% is exactly 300, 13 due is 2 (1.95 rounded up).
 */
public final class TargetRule {

    private TargetRule() {
    }

    public static int target(int due, BigDecimal share) {
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("share must be in (0, 1], not " + share);
        }
        if (due < 0) {
            throw new IllegalArgumentException("due must not be negative");
        }
        return BigDecimal.valueOf(due).multiply(share).setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
