package org.county.staffing.post.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.post.assignment.CoverService;

/** A post as the API shows it. */
public record PostView(
        UUID postId,
        String schoolId,
        String countyId,
        PostCategory category,
        String subject,
        TitleGrade level,
        LeadershipRole leadershipRole,
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
        UUID fillingCampaignId,
        OffsetDateTime establishedAt,
        OffsetDateTime changedAt,
        double coveredShare,
        CoverService.Away holderAway) {

    /**
     * {@code coveredShare}: how much of the post running temporary or part-time assignments cover (a
     * vacant post covered by support teaching is still vacant, but its shortage is covered for the
     * term); {@code holderAway}: the holder's assignment elsewhere, while the post is reserved for them;
     * {@code fillingCampaignId}: the open internal campaign filling the vacant post.
     */
    public static PostView of(Post p, double coveredShare, CoverService.Away holderAway) {
        return new PostView(p.id, p.schoolId, p.countyId, p.category, p.subject, p.level, p.leadershipRole, p.status, p.teacherId,
                p.appointmentId, p.occupiedSince, p.pendingTeacherId, p.freezeCause, p.statusReason,
                p.establishedByPlan, p.abolishedByPlan, p.abolishWhenVacatedPlan, p.fillingCampaignId, p.establishedAt, p.changedAt,
                coveredShare, holderAway);
    }
}
