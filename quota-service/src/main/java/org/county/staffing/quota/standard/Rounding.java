package org.county.staffing.quota.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** How a school's exact requirement (a fraction of staff) becomes a whole quota. */
public enum Rounding {
    /**
     * Add the exact per-stage requirements of a school and round the sum half up once: the county
     * total stays closest to the standard (總量控制). The default.
     */
    HALF_UP_OF_SCHOOL_SUM,
    /** Round every stage up, then add: generous to schools with several stages. */
    CEILING_PER_STAGE;

    /** The whole quota of stage amounts that are already exact. */
    public int round(List<BigDecimal> stageAmounts) {
        return switch (this) {
            case HALF_UP_OF_SCHOOL_SUM -> stageAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(0, RoundingMode.HALF_UP).intValueExact();
            case CEILING_PER_STAGE -> stageAmounts.stream()
                    .mapToInt(amount -> amount.setScale(0, RoundingMode.CEILING).intValueExact()).sum();
        };
    }
}
