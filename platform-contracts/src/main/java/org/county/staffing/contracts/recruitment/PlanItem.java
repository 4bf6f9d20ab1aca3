package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One item of an annual plan, in {@link PlanSubmitted} and {@link PlanExecuted}; {@code kind} says which fields are present
 * (absent ones are left out): QUOTA_TRANSFER (fromSchoolId, toSchoolId, amount, reason), POST_CHANGE (schoolId,
 * action ESTABLISH/ABOLISH, category, subject?, level?, count | postIds, reason, leadershipRole? (ESTABLISH of MANAGEMENT
 * posts only: PRINCIPAL, DEPUTY_PRINCIPAL, PARTY_SECRETARY, FULL_TIME_DEPUTY_SECRETARY, DISCIPLINE_SECRETARY or
 * UNION_CHAIR, the leadership post of the school's regulation the posts are)), TEACHER_MOVE (teacherId, fromSchoolId,
 * fromPostId, toSchoolId, toPostId, subject, form?, termYears?, returnDate?, roundId?, moveId?, source), NEW_HIRE
 * (schoolId, postId, category, subject?).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanItem(
        UUID itemId,
        String kind,
        @Nullable String fromSchoolId,
        @Nullable String toSchoolId,
        @Nullable Integer amount,
        @Nullable String reason,
        @Nullable String schoolId,
        @Nullable String action,
        @Nullable String category,
        @Nullable String subject,
        @Nullable String level,
        @Nullable Integer count,
        @Nullable List<UUID> postIds,
        @Nullable UUID teacherId,
        @Nullable UUID fromPostId,
        @Nullable UUID toPostId,
        @Nullable String form,
        @Nullable Integer termYears,
        @Nullable LocalDate returnDate,
        @Nullable UUID roundId,
        @Nullable UUID moveId,
        @Nullable String source,
        @Nullable UUID postId,
        @Nullable String leadershipRole) {

    /** An item that sets up no leadership post. */
    public PlanItem(UUID itemId, String kind, String fromSchoolId, String toSchoolId, Integer amount, String reason,
                    String schoolId, String action, String category, String subject, String level, Integer count,
                    List<UUID> postIds, UUID teacherId, UUID fromPostId, UUID toPostId, String form, Integer termYears,
                    LocalDate returnDate, UUID roundId, UUID moveId, String source, UUID postId) {
        this(itemId, kind, fromSchoolId, toSchoolId, amount, reason, schoolId, action, category, subject, level, count, postIds,
                teacherId, fromPostId, toPostId, form, termYears, returnDate, roundId, moveId, source, postId, null);
    }
}
