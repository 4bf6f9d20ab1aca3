package org.county.staffing.contracts.quota;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * The staffing office issued a version of a school's function-and-staffing regulation
 * (机构职能编制规定): {@code quota.regulation.issued.v1}, subject the school id. The new version
 * replaces the previous one from {@code effectiveFrom}.
 *
 * <p>{@code partyOrganisation}: PARTY_COMMITTEE (党委), GENERAL_BRANCH (党总支) or PARTY_BRANCH (党支部).
 * {@code leadershipPosts} lists the approved leadership posts by role with their counts (a role not
 * listed has none); they are counted within the school's quota, {@code leadershipTotal} is their sum.
 * Roles: PRINCIPAL, DEPUTY_PRINCIPAL, PARTY_SECRETARY, FULL_TIME_DEPUTY_SECRETARY (专职副书记, required
 * where the party organisation is a committee or a general branch), DISCIPLINE_SECRETARY, UNION_CHAIR.
 */
public record RegulationIssued(
        UUID regulationId,
        String schoolId,
        String countyId,
        int version,
        LocalDate effectiveFrom,
        String partyOrganisation,
        List<String> functions,
        List<LeadershipPost> leadershipPosts,
        int leadershipTotal,
        String issuedBy) {

    public static final EventType<RegulationIssued> TYPE = EventType.of("quota.regulation.issued.v1", RegulationIssued.class);

    /** The approved number of leadership posts of one role. */
    public record LeadershipPost(
            String role,
            int count) {
    }
}
