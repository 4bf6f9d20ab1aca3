package org.county.staffing.post.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;

/** A post as the API shows it. */
public record PostView(
        UUID postId,
        String schoolId,
        String countyId,
        PostCategory category,
        String subject,
        TitleGrade level,
        PostStatus status,
        UUID teacherId,
        UUID appointmentId,
        LocalDate occupiedSince,
        UUID pendingTeacherId,
        FreezeCause freezeCause,
        String statusReason,
        UUID establishedByPlan,
        UUID abolishedByPlan,
        UUID abolishWhenVacatedPlan,
        OffsetDateTime establishedAt,
        OffsetDateTime changedAt) {

    public static PostView of(Post p) {
        return new PostView(p.id, p.schoolId, p.countyId, p.category, p.subject, p.level, p.status, p.teacherId,
                p.appointmentId, p.occupiedSince, p.pendingTeacherId, p.freezeCause, p.statusReason,
                p.establishedByPlan, p.abolishedByPlan, p.abolishWhenVacatedPlan, p.establishedAt, p.changedAt);
    }
}
