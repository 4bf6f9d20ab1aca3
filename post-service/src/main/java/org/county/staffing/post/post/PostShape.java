package org.county.staffing.post.post;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** What a post must look like: teaching (professional-technical) posts have a subject, the others none. */
public final class PostShape {

    private PostShape() {
    }

    /**
     * Rule TEACHING_POST_SUBJECT_REQUIRED: a teaching post names the subject it teaches.
     * Rule SUBJECT_ONLY_ON_TEACHING_POSTS: management and support (work-skill) posts teach no subject.
     */
    public static void requireSubjectFitsCategory(PostCategory category, String subject) {
        if (category == PostCategory.TEACHING && subject == null) {
            throw RuleViolation.unprocessable("TEACHING_POST_SUBJECT_REQUIRED", "subject", new Reason(
                    "a TEACHING post names the subject it teaches",
                    "专业技术（教学）岗位必须注明任教学科"));
        }
        if (category != PostCategory.TEACHING && subject != null) {
            throw RuleViolation.unprocessable("SUBJECT_ONLY_ON_TEACHING_POSTS", "subject", new Reason(
                    "a " + category + " post has no subject; only TEACHING posts do",
                    chinese(category) + "不设任教学科，只有专业技术（教学）岗位才有学科"));
        }
    }

    public static String chinese(PostCategory category) {
        return switch (category) {
            case TEACHING -> "专业技术（教学）岗位";
            case MANAGEMENT -> "管理岗位";
            case SUPPORT -> "工勤技能岗位";
        };
    }
}
