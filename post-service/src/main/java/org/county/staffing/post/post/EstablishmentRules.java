package org.county.staffing.post.post;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** Whether new posts fit a school's quota and post structure (按需設崗, within the approved quota). */
public final class EstablishmentRules {

    private EstablishmentRules() {
    }

    /**
     * Rule SCHOOL_OVER_ESTABLISHED: no new posts while the school has more posts than quota.
     * Rule POSTS_WITHIN_QUOTA: the school's posts (all but abolished) never exceed its quota.
     * Rule MANAGEMENT_POSTS_CAP: management posts stay within {@link StructurePolicy#managementCap}.
     * Rule TEACHING_POSTS_MIN_SHARE: management and support posts leave the teaching share of the quota.
     */
    public static void requireRoom(String schoolId, int quota, PostCounts counts, PostCategory category, int count,
                                   StructurePolicy policy) {
        int established = counts.established();
        if (established > quota) {
            throw RuleViolation.conflict("SCHOOL_OVER_ESTABLISHED", "schoolId", new Reason(
                    "school " + schoolId + " has " + established + " posts for a quota of " + quota
                            + ": over-established by " + (established - quota) + "; no new posts until posts go",
                    "学校 " + schoolId + " 现有岗位 " + established + " 个，编制 " + quota + " 名，超编 "
                            + (established - quota) + " 个岗位；在岗位核减前不得新设岗位"));
        }
        if (established + count > quota) {
            int room = quota - established;
            throw RuleViolation.conflict("POSTS_WITHIN_QUOTA", "count", new Reason(
                    count + " new posts do not fit: school " + schoolId + " has " + established + " posts for a quota of "
                            + quota + ", room for " + room,
                    "新设 " + count + " 个岗位超出编制：学校 " + schoolId + " 现有岗位 " + established + " 个，编制 " + quota
                            + " 名，尚可设置 " + room + " 个"));
        }
        if (category == PostCategory.MANAGEMENT) {
            int cap = policy.managementCap(quota);
            int management = counts.established(PostCategory.MANAGEMENT);
            if (management + count > cap) {
                throw RuleViolation.conflict("MANAGEMENT_POSTS_CAP", "count", new Reason(
                        "management posts would be " + (management + count) + "; a school with a quota of " + quota
                                + " has at most " + cap + " (" + policy.managementMaxPercent() + "% of the quota, at least "
                                + policy.managementMinimum() + ")",
                        "管理岗位将达 " + (management + count) + " 个；编制 " + quota + " 名的学校最多设置 " + cap
                                + " 个（编制的 " + policy.managementMaxPercent() + "%，至少 " + policy.managementMinimum() + " 个）"));
            }
        }
        if (category != PostCategory.TEACHING) {
            int allowance = policy.nonTeachingAllowance(quota);
            int nonTeaching = counts.nonTeaching();
            if (nonTeaching + count > allowance) {
                throw RuleViolation.conflict("TEACHING_POSTS_MIN_SHARE", "count", new Reason(
                        "management and support posts would be " + (nonTeaching + count) + "; teaching posts keep at least "
                                + policy.teachingMinPercent() + "% of the quota of " + quota + ", which leaves " + allowance,
                        "管理岗位和工勤技能岗位将达 " + (nonTeaching + count) + " 个；专业技术（教学）岗位须不低于编制 " + quota
                                + " 名的 " + policy.teachingMinPercent() + "%，其余岗位最多 " + allowance + " 个"));
            }
        }
    }
}
