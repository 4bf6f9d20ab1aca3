package org.county.staffing.quota.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of a post a temporary or part-time assignment covers at its host school: a full-time
 * assignment (support teaching, shadowing) a whole post; a part-time one (itinerant teaching) its
 * hours per week over a full post's hours (recruitment-service's configured figure, carried by the
 * event), at most a whole post.
 */
public final class AssignmentCover {

    private AssignmentCover() {
    }

    public static BigDecimal share(Integer hoursPerWeek, int fullPostHours) {
        if (hoursPerWeek == null) {
            return BigDecimal.ONE;
        }
        if (fullPostHours < 1 || hoursPerWeek < 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal share = BigDecimal.valueOf(hoursPerWeek).divide(BigDecimal.valueOf(fullPostHours), 2, RoundingMode.HALF_UP);
        return share.min(BigDecimal.ONE);
    }
}
