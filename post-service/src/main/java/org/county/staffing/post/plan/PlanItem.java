package org.county.staffing.post.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One item of an annual adjustment plan as the post-side check reads it: the fields of its kind,
 * as sent (the contract leaves them optional), so the automatic check can name what is missing or
 * wrong instead of refusing the whole plan.
 */
public sealed interface PlanItem {

    String QUOTA_TRANSFER = "QUOTA_TRANSFER";
    String POST_CHANGE = "POST_CHANGE";
    String TEACHER_MOVE = "TEACHER_MOVE";
    String NEW_HIRE = "NEW_HIRE";

    /** The item's id (a UUID in the contract). */
    String itemId();

    record QuotaTransfer(String itemId, String fromSchoolId, String toSchoolId, Integer amount) implements PlanItem {
    }

    /** {@code leadershipRole}: the regulation's leadership post the established MANAGEMENT posts are, if any. */
    record PostChange(String itemId, String schoolId, String action, String category, String subject, String level,
                      Integer count, List<String> postIds, String reason, String leadershipRole) implements PlanItem {

        public PostChange(String itemId, String schoolId, String action, String category, String subject, String level,
                          Integer count, List<String> postIds, String reason) {
            this(itemId, schoolId, action, category, subject, level, count, postIds, reason, null);
        }

        public boolean establishes() {
            return "ESTABLISH".equals(action);
        }

        public boolean abolishes() {
            return "ABOLISH".equals(action);
        }
    }

    record TeacherMove(String itemId, String teacherId, String fromSchoolId, String fromPostId, String toSchoolId,
                       String toPostId, String subject) implements PlanItem {
    }

    record NewHire(String itemId, String schoolId, String postId, String category, String subject) implements PlanItem {
    }

    /** A kind this service does not know (a later addition): no post side to check. */
    record Other(String itemId, String kind) implements PlanItem {
    }

    /** The plan's items as the contract carries them ({@code recruitment.plan.submitted.v1}, {@code .executed.v1}). */
    static List<PlanItem> of(List<org.county.staffing.contracts.recruitment.PlanItem> items) {
        List<PlanItem> parsed = new ArrayList<>();
        for (org.county.staffing.contracts.recruitment.PlanItem item : items == null
                ? List.<org.county.staffing.contracts.recruitment.PlanItem>of() : items) {
            String id = text(item.itemId());
            parsed.add(switch (item.kind()) {
                case QUOTA_TRANSFER -> new QuotaTransfer(id, clean(item.fromSchoolId()), clean(item.toSchoolId()),
                        item.amount());
                case POST_CHANGE -> new PostChange(id, clean(item.schoolId()), clean(item.action()), clean(item.category()),
                        clean(item.subject()), clean(item.level()), item.count(), item.postIds() == null ? List.of()
                                : item.postIds().stream().map(UUID::toString).toList(), clean(item.reason()),
                        clean(item.leadershipRole()));
                case TEACHER_MOVE -> new TeacherMove(id, text(item.teacherId()), clean(item.fromSchoolId()),
                        text(item.fromPostId()), clean(item.toSchoolId()), text(item.toPostId()), clean(item.subject()));
                case NEW_HIRE -> new NewHire(id, clean(item.schoolId()), text(item.postId()), clean(item.category()),
                        clean(item.subject()));
                default -> new Other(id, item.kind());
            });
        }
        return parsed;
    }

    /** A blank value says nothing: the check treats it as missing. */
    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
