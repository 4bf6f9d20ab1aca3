package org.county.staffing.post.post;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.contract.LeadershipRole;

/**
 * A school's leadership posts: those the regulation in force approves against those established
 * ({@code regulationVersion} is {@code null} while no regulation of the school is in force, and then
 * every established leadership post is in excess); {@code pendingVersion} and {@code pendingFrom}: a
 * later version issued that applies only from that day.
 */
public record Leadership(
        Integer regulationVersion,
        String partyOrganisation,
        int approved,
        int established,
        int missing,
        int excess,
        List<RoleTally> roles,
        Integer pendingVersion,
        LocalDate pendingFrom) {

    /** Leadership posts against the regulation in force, none pending. */
    public Leadership(Integer regulationVersion, String partyOrganisation, int approved, int established, int missing,
                      int excess, List<RoleTally> roles) {
        this(regulationVersion, partyOrganisation, approved, established, missing, excess, roles, null, null);
    }

    /** The same with a later version issued that applies only from {@code from}. */
    public Leadership pending(int version, LocalDate from) {
        return new Leadership(regulationVersion, partyOrganisation, approved, established, missing, excess, roles, version,
                from);
    }

    /** One role: approved, established (not abolished), missing and in excess. */
    public record RoleTally(LeadershipRole role, int approved, int established, int missing, int excess) {
    }

    /** The established leadership posts with no regulation known. */
    public static Leadership unregulated(Map<LeadershipRole, Integer> established) {
        return LeadershipRules.tally(null, null, Map.of(), established);
    }

    /** The same established posts against a regulation's approval. */
    public Leadership against(int version, String partyOrganisation, Map<LeadershipRole, Integer> approved) {
        Map<LeadershipRole, Integer> established = new EnumMap<>(LeadershipRole.class);
        roles.forEach(r -> established.put(r.role(), r.established()));
        return LeadershipRules.tally(version, partyOrganisation, approved, established);
    }
}
