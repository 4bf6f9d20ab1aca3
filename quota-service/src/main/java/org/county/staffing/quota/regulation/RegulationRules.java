package org.county.staffing.quota.regulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/**
 * The rules of a school's function-and-staffing regulation (机构职能编制规定): one principal, at
 * most one party secretary, a full-time deputy secretary exactly where the party organisation is a
 * committee or a general branch (要求设立党委、党总支的学校单独核定专职副书记), and leadership posts
 * counted within the school's quota. And, for inspections, how the posts HR established compare
 * with the regulation's.
 */
public final class RegulationRules {

    public static final String LEADERSHIP_ROLE_ONCE = "LEADERSHIP_ROLE_ONCE";
    public static final String ONE_PRINCIPAL = "ONE_PRINCIPAL";
    public static final String ONE_PARTY_SECRETARY = "ONE_PARTY_SECRETARY";
    public static final String FULL_TIME_DEPUTY_SECRETARY_REQUIRED = "FULL_TIME_DEPUTY_SECRETARY_REQUIRED";
    public static final String LEADERSHIP_WITHIN_QUOTA = "LEADERSHIP_WITHIN_QUOTA";
    /** Inspection: a leadership post the regulation approves is not established. */
    public static final String LEADERSHIP_POSTS_ESTABLISHED = "LEADERSHIP_POSTS_ESTABLISHED";
    /** Inspection: more leadership posts of a role are established than the regulation approves. */
    public static final String LEADERSHIP_POSTS_WITHIN_REGULATION = "LEADERSHIP_POSTS_WITHIN_REGULATION";

    private static final String FIELD = "leadershipPosts";

    /** One role's approved count, as requested. */
    public record RoleCount(LeadershipRole role, int count) {
    }

    /** Where the established leadership posts of a school differ from its regulation, by role. */
    public record Gap(LeadershipRole role, int approved, int established) {

        public boolean lacking() {
            return established < approved;
        }
    }

    private RegulationRules() {
    }

    /**
     * The approved counts by role of a regulation to be issued, refused (and nothing written) when a
     * role is listed twice, the school would not have exactly one principal or would have more than
     * one party secretary, the full-time deputy secretary is missing where required or given where the
     * party organisation is a branch, or the leadership posts exceed the school's quota.
     */
    public static Map<LeadershipRole, Integer> approve(PartyOrganisation party, List<RoleCount> posts, int schoolQuota) {
        Map<LeadershipRole, Integer> counts = new EnumMap<>(LeadershipRole.class);
        for (RoleCount post : posts) {
            if (counts.put(post.role(), post.count()) != null) {
                throw RuleViolation.badRequest(LEADERSHIP_ROLE_ONCE, FIELD, new Reason(
                        "role " + post.role() + " is listed more than once; give each role once with its count",
                        "领导职务 " + post.role() + " 重复列出，每种职务只列一次并写明职数"));
            }
        }
        int principals = counts.getOrDefault(LeadershipRole.PRINCIPAL, 0);
        if (principals != 1) {
            throw RuleViolation.unprocessable(ONE_PRINCIPAL, FIELD, new Reason(
                    "a school has exactly one principal, not " + principals, "学校核定校长职数为 1 名，不能为 " + principals + " 名"));
        }
        int secretaries = counts.getOrDefault(LeadershipRole.PARTY_SECRETARY, 0);
        if (secretaries > 1) {
            throw RuleViolation.unprocessable(ONE_PARTY_SECRETARY, FIELD, new Reason(
                    "a school has at most one party secretary, not " + secretaries, "学校党组织书记职数至多 1 名，不能为 " + secretaries + " 名"));
        }
        int deputies = counts.getOrDefault(LeadershipRole.FULL_TIME_DEPUTY_SECRETARY, 0);
        if (party.needsFullTimeDeputySecretary() && deputies < 1) {
            throw RuleViolation.unprocessable(FULL_TIME_DEPUTY_SECRETARY_REQUIRED, FIELD, new Reason(
                    "a school whose party organisation is a " + (party == PartyOrganisation.PARTY_COMMITTEE ? "committee" : "general branch")
                            + " has a full-time deputy secretary (FULL_TIME_DEPUTY_SECRETARY, at least 1)",
                    "设立" + (party == PartyOrganisation.PARTY_COMMITTEE ? "党委" : "党总支") + "的学校须单独核定专职副书记（FULL_TIME_DEPUTY_SECRETARY 至少 1 名）"));
        }
        if (!party.needsFullTimeDeputySecretary() && deputies > 0) {
            throw RuleViolation.unprocessable(FULL_TIME_DEPUTY_SECRETARY_REQUIRED, FIELD, new Reason(
                    "a full-time deputy secretary is approved only where the party organisation is a committee or a general branch, not a branch",
                    "专职副书记只在设立党委、党总支的学校核定，党支部不单独核定"));
        }
        int total = total(counts);
        if (total > schoolQuota) {
            throw RuleViolation.conflict(LEADERSHIP_WITHIN_QUOTA, FIELD, new Reason(
                    total + " leadership posts do not fit in the school's quota of " + schoolQuota + "; they are counted within it",
                    "领导职数 " + total + " 名超出学校核定编制 " + schoolQuota + " 名（领导职数在编制内核定）"));
        }
        counts.values().removeIf(c -> c == 0);
        return counts;
    }

    /**
     * Rule LEADERSHIP_WITHIN_QUOTA, later: a cut of the school's quota (an adjustment, a transfer away,
     * a verification) never leaves it fewer quota than the leadership posts its regulation in force
     * approves; exactly the total is allowed.
     */
    public static void requireLeadershipCovered(String schoolId, int leadershipTotal, int regulationVersion, int balance, int delta,
                                                String field) {
        if (delta < 0 && balance + delta < leadershipTotal) {
            throw RuleViolation.conflict(LEADERSHIP_WITHIN_QUOTA, field, new Reason(
                    "school " + schoolId + " would be left a quota of " + (balance + delta) + ", fewer than the " + leadershipTotal
                            + " leadership posts version " + regulationVersion + " of its regulation approves within it; it can give up at most "
                            + Math.max(0, balance - leadershipTotal) + " of its " + balance,
                    "学校 " + schoolId + " 核减后编制仅余 " + (balance + delta) + " 名，少于其机构职能编制规定（第 " + regulationVersion
                            + " 版）在编制内核定的领导职数 " + leadershipTotal + " 名；现有编制 " + balance + " 名，至多核减 "
                            + Math.max(0, balance - leadershipTotal) + " 名"));
        }
    }

    public static int total(Map<LeadershipRole, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Each role whose established posts differ from the regulation's count, in role order. */
    public static List<Gap> compare(Map<LeadershipRole, Integer> approved, Map<LeadershipRole, Integer> established) {
        List<Gap> gaps = new ArrayList<>();
        for (LeadershipRole role : LeadershipRole.values()) {
            int a = approved.getOrDefault(role, 0);
            int e = established.getOrDefault(role, 0);
            if (a != e) {
                gaps.add(new Gap(role, a, e));
            }
        }
        return gaps;
    }
}
