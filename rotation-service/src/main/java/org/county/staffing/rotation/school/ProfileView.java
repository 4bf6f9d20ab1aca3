package org.county.staffing.rotation.school;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.county.staffing.rotation.planner.model.Tier;

/** A school's profile: the bureau's tier with the evaluations' suggestion, location, district, community. */
public record ProfileView(String schoolId, String name, Tier tier, TierSuggestion.Suggestion suggestion, String location,
                          String district, UUID communityId, BigDecimal latitude, BigDecimal longitude,
                          OffsetDateTime updatedAt, String updatedBy) {
}
