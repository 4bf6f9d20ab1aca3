package org.county.staffing.post.plan;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One item of an annual adjustment plan, read tolerantly from the event: fields stay as sent, so
 * the automatic check can name what is missing or wrong instead of refusing the whole plan.
 */
public sealed interface PlanItem {

    String QUOTA_TRANSFER = "QUOTA_TRANSFER";
    String POST_CHANGE = "POST_CHANGE";
    String TEACHER_MOVE = "TEACHER_MOVE";
    String NEW_HIRE = "NEW_HIRE";

    /** The item's id, or {@code #<index>} when the plan gave none. */
    String itemId();

    record QuotaTransfer(String itemId, String fromSchoolId, String toSchoolId, Integer amount) implements PlanItem {
    }

    record PostChange(String itemId, String schoolId, String action, String category, String subject, String level,
                      Integer count, List<String> postIds, String reason) implements PlanItem {
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

    static List<PlanItem> parse(JsonNode items) {
        List<PlanItem> parsed = new ArrayList<>();
        if (items == null || !items.isArray()) {
            return parsed;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String id = text(item, "itemId");
            if (id == null) {
                id = "#" + i;
            }
            String kind = text(item, "kind");
            parsed.add(switch (kind == null ? "" : kind) {
                case QUOTA_TRANSFER -> new QuotaTransfer(id, text(item, "fromSchoolId"), text(item, "toSchoolId"),
                        integer(item, "amount"));
                case POST_CHANGE -> new PostChange(id, text(item, "schoolId"), text(item, "action"), text(item, "category"),
                        text(item, "subject"), text(item, "level"), integer(item, "count"), texts(item, "postIds"),
                        text(item, "reason"));
                case TEACHER_MOVE -> new TeacherMove(id, text(item, "teacherId"), text(item, "fromSchoolId"),
                        text(item, "fromPostId"), text(item, "toSchoolId"), text(item, "toPostId"), text(item, "subject"));
                case NEW_HIRE -> new NewHire(id, text(item, "schoolId"), text(item, "postId"), text(item, "category"),
                        text(item, "subject"));
                default -> new Other(id, kind);
            });
        }
        return parsed;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().trim();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : null;
    }

    private static List<String> texts(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> {
                if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                    out.add(v.asText().trim());
                }
            });
        }
        return out;
    }
}
