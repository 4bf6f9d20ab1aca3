package org.county.staffing.quota.plan;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The parts of a plan's items the quota side needs: transfers of quota, and changes of staff per school. */
public final class PlanItems {

    public static final String QUOTA_TRANSFER = "QUOTA_TRANSFER";
    public static final String TEACHER_MOVE = "TEACHER_MOVE";
    public static final String NEW_HIRE = "NEW_HIRE";

    /** A QUOTA_TRANSFER item; fields the event lacked are null (amount too, when not a whole number). */
    public record Transfer(String itemId, String fromSchoolId, String toSchoolId, Integer amount, String reason) {
        public boolean complete() {
            return itemId != null && fromSchoolId != null && toSchoolId != null && amount != null;
        }
    }

    /** One person more (+1) or less (-1) at a school after the plan. */
    public record StaffChange(String schoolId, int delta) {
    }

    private PlanItems() {
    }

    public static List<Transfer> transfers(JsonNode items) {
        List<Transfer> out = new ArrayList<>();
        for (JsonNode item : iterable(items)) {
            if (QUOTA_TRANSFER.equals(text(item, "kind"))) {
                JsonNode amount = item.path("amount");
                out.add(new Transfer(text(item, "itemId"), text(item, "fromSchoolId"), text(item, "toSchoolId"),
                        amount.isIntegralNumber() && amount.canConvertToInt() ? amount.intValue() : null, text(item, "reason")));
            }
        }
        return out;
    }

    public static List<StaffChange> staffChanges(JsonNode items) {
        List<StaffChange> out = new ArrayList<>();
        for (JsonNode item : iterable(items)) {
            String kind = text(item, "kind");
            if (TEACHER_MOVE.equals(kind)) {
                String from = text(item, "fromSchoolId");
                String to = text(item, "toSchoolId");
                if (from != null && to != null && !from.equals(to)) {
                    out.add(new StaffChange(from, -1));
                    out.add(new StaffChange(to, 1));
                }
            } else if (NEW_HIRE.equals(kind) && text(item, "schoolId") != null) {
                out.add(new StaffChange(text(item, "schoolId"), 1));
            }
        }
        return out;
    }

    private static Iterable<JsonNode> iterable(JsonNode items) {
        List<JsonNode> out = new ArrayList<>();
        if (items != null && items.isArray()) {
            items.forEach(out::add);
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
