package org.county.staffing.post.post;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.contract.LeadershipRole;

/**
 * A school's leadership posts: those its latest regulation approves against those established
 * ({@code regulationVersion} is {@code null} while no regulation of the school is known, and then
 * every established leadership post is in excess).
 */
public record Leadership(
        Integer regulationVersion,
        String partyOrganisation,
        int approved,
        int established,
        int missing,
        int excess,
        List<RoleTally> roles) {

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
