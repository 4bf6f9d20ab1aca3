package org.county.staffing.quota.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.persistence.StoredJson;
import org.county.staffing.contracts.recruitment.PlanItem;

import com.fasterxml.jackson.core.type.TypeReference;

/** The parts of a plan's items the quota side needs: transfers of quota, and changes of staff per school. */
public final class PlanItems {

    public static final String QUOTA_TRANSFER = "QUOTA_TRANSFER";
    public static final String TEACHER_MOVE = "TEACHER_MOVE";
    public static final String NEW_HIRE = "NEW_HIRE";

    private static final TypeReference<List<PlanItem>> ITEMS = new TypeReference<>() {
    };

    /** A QUOTA_TRANSFER item; fields the item lacked are null. */
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

    /** The items as stored with a review (written from the contract's records). */
    public static List<PlanItem> stored(String json) {
        List<PlanItem> items = StoredJson.read(json, ITEMS);
        return items == null ? List.of() : items;
    }

    public static List<Transfer> transfers(List<PlanItem> items) {
        List<Transfer> out = new ArrayList<>();
        for (PlanItem item : items) {
            if (QUOTA_TRANSFER.equals(item.kind())) {
                out.add(new Transfer(text(item.itemId()), blankless(item.fromSchoolId()), blankless(item.toSchoolId()),
                        item.amount(), blankless(item.reason())));
            }
        }
        return out;
    }

    public static List<StaffChange> staffChanges(List<PlanItem> items) {
        List<StaffChange> out = new ArrayList<>();
        for (PlanItem item : items) {
            if (TEACHER_MOVE.equals(item.kind())) {
                String from = blankless(item.fromSchoolId());
                String to = blankless(item.toSchoolId());
                if (from != null && to != null && !from.equals(to)) {
                    out.add(new StaffChange(from, -1));
                    out.add(new StaffChange(to, 1));
                }
            } else if (NEW_HIRE.equals(item.kind()) && blankless(item.schoolId()) != null) {
                out.add(new StaffChange(item.schoolId(), 1));
            }
        }
        return out;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
