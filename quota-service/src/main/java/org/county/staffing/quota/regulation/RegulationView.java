package org.county.staffing.quota.regulation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.LeadershipRole;

/**
 * A version of a school's regulation; {@code schoolQuota} is the school's allocated quota now;
 * {@code status} where the version stands on the day asked (today unless {@code on} is given);
 * {@code pendingVersion} and {@code pendingFrom} name the next version waiting for its
 * effectiveFrom after this one, if any.
 */
public record RegulationView(
        UUID id,
        String schoolId,
        String countyId,
        int version,
        LocalDate effectiveFrom,
        RegulationStatus status,
        PartyOrganisation partyOrganisation,
        List<String> functions,
        List<LeadershipPostView> leadershipPosts,
        int leadershipTotal,
        int schoolQuota,
        String issuedBy,
        OffsetDateTime issuedAt,
        Integer pendingVersion,
        LocalDate pendingFrom) {

    /** The approved count of one role. */
    public record LeadershipPostView(LeadershipRole role, int count) {
    }
}
