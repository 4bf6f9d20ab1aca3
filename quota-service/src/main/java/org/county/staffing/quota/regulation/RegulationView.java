package org.county.staffing.quota.regulation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.LeadershipRole;

/** A version of a school's regulation; {@code schoolQuota} is the school's allocated quota now. */
public record RegulationView(
        UUID id,
        String schoolId,
        String countyId,
        int version,
        LocalDate effectiveFrom,
        PartyOrganisation partyOrganisation,
        List<String> functions,
        List<LeadershipPostView> leadershipPosts,
        int leadershipTotal,
        int schoolQuota,
        String issuedBy,
        OffsetDateTime issuedAt) {

    /** The approved count of one role. */
    public record LeadershipPostView(LeadershipRole role, int count) {
    }
}
