package org.county.staffing.quota.standard;

import java.util.List;

/**
 * What the standard requires of one school: per stage, the exact amount, and the whole quota
 * after rounding. {@code floorMinimum} is the part owed to the small-school floor, protected first
 * when a pool cannot cover every requirement.
 */
public record Requirement(List<StageRequirement> stages, java.math.BigDecimal exact, int required, int floorMinimum,
                          String rule, Rounding rounding) {
}
