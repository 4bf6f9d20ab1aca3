package org.county.staffing.post.post;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.post.assignment.CoverService;
import org.county.staffing.post.regulation.KnownRegulation;
import org.county.staffing.post.school.SchoolStatus;

/**
 * A school's posts against its quota. {@code overEstablishedBy} counts every post not abolished
 * beyond the quota; {@code mustGoAsPeopleLeave} the occupied posts beyond it, which go (frozen,
 * then abolished) as their holders leave. {@code leadership}: the leadership posts of the school's
 * regulation against those established, role by role (missing, excess).
 */
public record PostSummary(
        String schoolId,
        String schoolName,
        SchoolStatus schoolStatus,
        int quota,
        int established,
        int occupied,
        int vacant,
        int frozen,
        int room,
        int overEstablishedBy,
        int mustGoAsPeopleLeave,
        int frozenForOverEstablishment,
        int pendingAbolition,
        Structure structure,
        Map<PostCategory, Tally> byCategory,
        Map<String, Tally> bySubject,
        CoverService.SchoolCover assignments,
        Leadership leadership) {

    /** The summary with the school's running temporary and part-time assignments. */
    public PostSummary with(CoverService.SchoolCover cover) {
        return new PostSummary(schoolId, schoolName, schoolStatus, quota, established, occupied, vacant, frozen, room,
                overEstablishedBy, mustGoAsPeopleLeave, frozenForOverEstablishment, pendingAbolition, structure, byCategory,
                bySubject, cover, leadership);
    }

    /**
     * The summary with the leadership posts of the school's regulation in force ({@code null}: none yet)
     * and the later version pending ({@code null}: none).
     */
    public PostSummary with(KnownRegulation inForce, KnownRegulation pending) {
        Leadership against = inForce == null ? leadership
                : leadership.against(inForce.version, inForce.partyOrganisation, inForce.approved());
        if (pending != null) {
            against = against.pending(pending.version, pending.effectiveFrom);
        }
        return new PostSummary(schoolId, schoolName, schoolStatus, quota, established, occupied, vacant, frozen, room,
                overEstablishedBy, mustGoAsPeopleLeave, frozenForOverEstablishment, pendingAbolition, structure, byCategory,
                bySubject, assignments, against);
    }

    /** Counts of one category or subject. */
    public record Tally(int established, int occupied, int vacant, int frozen) {
        Tally plus(PostStatus status, int count) {
            return new Tally(established + count, occupied + (status == PostStatus.OCCUPIED ? count : 0),
                    vacant + (status == PostStatus.VACANT ? count : 0), frozen + (status == PostStatus.FROZEN ? count : 0));
        }
    }

    /** The structure rules as they apply to this school's quota. */
    public record Structure(int teachingMinPercent, int managementCap, int management, int nonTeachingAllowance,
                            int nonTeaching) {
    }

    /** Summarizes the school's posts that are not abolished. */
    public static PostSummary of(String schoolId, String schoolName, SchoolStatus status, int quota,
                                 List<Post> posts, StructurePolicy policy) {
        return ofGroups(schoolId, schoolName, status, quota, posts.stream().map(PostGroup::of).toList(), policy);
    }

    /** Summarizes the school's posts that are not abolished, counted in groups of alike posts (in any order). */
    public static PostSummary ofGroups(String schoolId, String schoolName, SchoolStatus status, int quota,
                                       List<PostGroup> groups, StructurePolicy policy) {
        PostCounts.Builder builder = new PostCounts.Builder();
        Map<PostCategory, Tally> byCategory = new EnumMap<>(PostCategory.class);
        Map<String, Tally> bySubject = new TreeMap<>();
        Map<LeadershipRole, Integer> leaders = new EnumMap<>(LeadershipRole.class);
        int autoFrozen = 0;
        int pendingAbolition = 0;
        Tally none = new Tally(0, 0, 0, 0);
        for (PostGroup group : groups) {
            if (!group.status().established() || group.count() == 0) {
                continue;
            }
            int count = group.count();
            builder.add(group.status(), group.category(), count);
            byCategory.put(group.category(), byCategory.getOrDefault(group.category(), none).plus(group.status(), count));
            if (group.subject() != null) {
                bySubject.put(group.subject(), bySubject.getOrDefault(group.subject(), none).plus(group.status(), count));
            }
            if (group.leadershipRole() != null) {
                leaders.merge(group.leadershipRole(), count, Integer::sum);
            }
            if (group.freezeCause() == FreezeCause.OVER_ESTABLISHMENT) {
                autoFrozen += count;
            }
            pendingAbolition += group.pendingAbolition();
        }
        PostCounts counts = builder.build();
        Structure structure = new Structure(policy.teachingMinPercent(), policy.managementCap(quota),
                counts.established(PostCategory.MANAGEMENT), policy.nonTeachingAllowance(quota), counts.nonTeaching());
        return new PostSummary(schoolId, schoolName, status, quota, counts.established(), counts.occupied(),
                counts.vacant(), counts.frozen(), Math.max(0, quota - counts.established()),
                OverEstablishment.overEstablishedBy(quota, counts), OverEstablishment.mustGoAsPeopleLeave(quota, counts),
                autoFrozen, pendingAbolition, structure, byCategory, bySubject, CoverService.SchoolCover.NONE,
                Leadership.unregulated(leaders));
    }
}
