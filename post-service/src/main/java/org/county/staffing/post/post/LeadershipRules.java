package org.county.staffing.post.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/**
 * A school's leadership posts (领导职数) against its function-and-staffing regulation: each is a
 * MANAGEMENT post carrying its role, and HR sets up no more of a role than the regulation approves.
 */
public final class LeadershipRules {

    /** Only a MANAGEMENT post carries a leadership role. */
    public static final String LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS = "LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS";
    /** A school's posts of a leadership role stay within the count its regulation approves. */
    public static final String LEADERSHIP_POSTS_WITHIN_REGULATION = "LEADERSHIP_POSTS_WITHIN_REGULATION";

    private LeadershipRules() {
    }

    /** Rule LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS. */
    public static void requireManagementPost(PostCategory category, LeadershipRole role) {
        if (role != null && category != PostCategory.MANAGEMENT) {
            throw RuleViolation.unprocessable(LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS, "leadershipRole", new Reason(
                    "a " + category + " post carries no leadership role; a " + english(role) + " post is a MANAGEMENT post",
                    PostShape.chinese(category) + "不设领导职务，" + chinese(role) + "岗位属于管理岗位"));
        }
    }

    /**
     * Rule LEADERSHIP_POSTS_WITHIN_REGULATION: {@code count} more posts of {@code role} fit the
     * regulation's approved count beside the {@code established} ones (not abolished);
     * {@code approved} is {@code null} while no regulation of the school is known.
     */
    public static void requireWithinRegulation(String schoolId, LeadershipRole role, int count,
                                               Map<LeadershipRole, Integer> approved, int established) {
        if (approved == null) {
            throw RuleViolation.conflict(LEADERSHIP_POSTS_WITHIN_REGULATION, "leadershipRole", new Reason(
                    "school " + schoolId + " has no function-and-staffing regulation yet; its leadership posts are set up "
                            + "once the staffing office issues it",
                    "学校 " + schoolId + " 尚未下达机构职能编制规定，领导职数须待编办核定后方可设置"));
        }
        int allowed = approved.getOrDefault(role, 0);
        if (established + count > allowed) {
            throw RuleViolation.conflict(LEADERSHIP_POSTS_WITHIN_REGULATION, "leadershipRole", new Reason(
                    count + " new " + english(role) + " posts do not fit: school " + schoolId + " has " + established
                            + " of the " + allowed + " its regulation approves",
                    "新设" + chinese(role) + "岗位 " + count + " 个超出领导职数：学校 " + schoolId + " 机构职能编制规定核定 "
                            + allowed + " 个，已设 " + established + " 个"));
        }
    }

    /** The role's name in an English sentence. */
    private static String english(LeadershipRole role) {
        return switch (role) {
            case PRINCIPAL -> "principal";
            case DEPUTY_PRINCIPAL -> "deputy principal";
            case PARTY_SECRETARY -> "party secretary";
            case FULL_TIME_DEPUTY_SECRETARY -> "full-time deputy party secretary";
            case DISCIPLINE_SECRETARY -> "discipline inspection secretary";
            case UNION_CHAIR -> "trade union chair";
        };
    }

    /** The role's name in a Chinese sentence. */
    private static String chinese(LeadershipRole role) {
        return switch (role) {
            case PRINCIPAL -> "校长";
            case DEPUTY_PRINCIPAL -> "副校长";
            case PARTY_SECRETARY -> "党组织书记";
            case FULL_TIME_DEPUTY_SECRETARY -> "专职副书记";
            case DISCIPLINE_SECRETARY -> "纪检书记";
            case UNION_CHAIR -> "工会主席";
        };
    }

    /**
     * The regulation's leadership posts against those established, role by role (every role that is
     * approved or established): {@code missing} not yet set up, {@code excess} beyond the approval.
     */
    public static Leadership tally(Integer regulationVersion, String partyOrganisation,
                                   Map<LeadershipRole, Integer> approved, Map<LeadershipRole, Integer> established) {
        List<Leadership.RoleTally> roles = new ArrayList<>();
        for (LeadershipRole role : LeadershipRole.values()) {
            int allowed = approved.getOrDefault(role, 0);
            int set = established.getOrDefault(role, 0);
            if (allowed > 0 || set > 0) {
                roles.add(new Leadership.RoleTally(role, allowed, set, Math.max(0, allowed - set), Math.max(0, set - allowed)));
            }
        }
        return new Leadership(regulationVersion, partyOrganisation,
                roles.stream().mapToInt(Leadership.RoleTally::approved).sum(), roles.stream().mapToInt(Leadership.RoleTally::established).sum(),
                roles.stream().mapToInt(Leadership.RoleTally::missing).sum(), roles.stream().mapToInt(Leadership.RoleTally::excess).sum(),
                List.copyOf(roles));
    }
}
