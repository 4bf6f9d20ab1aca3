package org.county.staffing.recruitment.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One item of the annual plan; {@code kind} says which fields are present (see EVENTS.md):
 * QUOTA_TRANSFER (fromSchoolId, toSchoolId, amount, reason), POST_CHANGE (schoolId, action,
 * category, subject?, level?, count | postIds, reason, leadershipRole? (ESTABLISH of MANAGEMENT posts only)), TEACHER_MOVE (teacherId, fromSchoolId,
 * fromPostId, toSchoolId, toPostId, subject, form?, termYears?, returnDate?, roundId?, moveId?,
 * source, hoursPerWeek? (ITINERANT only; not in the published item, the assignment's event carries it)), NEW_HIRE (schoolId, postId, category, subject?).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanItem(
        UUID itemId,
        ItemKind kind,
        String fromSchoolId,
        String toSchoolId,
        Integer amount,
        String reason,
        String schoolId,
        PostAction action,
        PostCategory category,
        String subject,
        TitleGrade level,
        Integer count,
        List<UUID> postIds,
        UUID teacherId,
        UUID fromPostId,
        UUID toPostId,
        RotationForm form,
        Integer termYears,
        LocalDate returnDate,
        UUID roundId,
        UUID moveId,
        MoveSource source,
        UUID postId,
        Integer hoursPerWeek,
        LeadershipRole leadershipRole) {

    /** The item as the plan's events carry it. */
    public org.county.staffing.contracts.recruitment.PlanItem published() {
        return new org.county.staffing.contracts.recruitment.PlanItem(itemId, kind.name(), fromSchoolId, toSchoolId, amount,
                reason, schoolId, nameOf(action), nameOf(category), subject, nameOf(level), count, postIds, teacherId,
                fromPostId, toPostId, nameOf(form), termYears, returnDate, roundId, moveId, nameOf(source), postId,
                nameOf(leadershipRole));
    }

    public static List<org.county.staffing.contracts.recruitment.PlanItem> published(List<PlanItem> items) {
        return items.stream().map(PlanItem::published).toList();
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public PlanItem withId(UUID id) {
        return new PlanItem(id, kind, fromSchoolId, toSchoolId, amount, reason, schoolId, action, category, subject, level,
                count, postIds, teacherId, fromPostId, toPostId, form, termYears, returnDate, roundId, moveId, source, postId, hoursPerWeek,
                leadershipRole);
    }

    public PlanItem withSubject(String canonical) {
        return new PlanItem(itemId, kind, fromSchoolId, toSchoolId, amount, reason, schoolId, action, category, canonical,
                level, count, postIds, teacherId, fromPostId, toPostId, form, termYears, returnDate, roundId, moveId, source,
                postId, hoursPerWeek, leadershipRole);
    }

    public static PlanItem teacherMove(UUID teacherId, String fromSchoolId, UUID fromPostId, String toSchoolId,
                                       UUID toPostId, String subject, RotationForm form, Integer termYears,
                                       LocalDate returnDate, UUID roundId, UUID moveId, MoveSource source) {
        return new PlanItem(null, ItemKind.TEACHER_MOVE, fromSchoolId, toSchoolId, null, null, null, null, null, subject,
                null, null, null, teacherId, fromPostId, toPostId, form, termYears, returnDate, roundId, moveId, source, null,
                null, null);
    }
}
