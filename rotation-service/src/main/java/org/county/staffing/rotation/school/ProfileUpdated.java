package org.county.staffing.rotation.school;

import java.math.BigDecimal;
import java.util.UUID;

import org.county.staffing.rotation.planner.model.Tier;

/** Payload of {@code rotation.school-profile.updated.v1}. */
public record ProfileUpdated(String schoolId, Tier tier, BigDecimal latitude, BigDecimal longitude, UUID communityId) {
}
