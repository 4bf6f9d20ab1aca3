package org.county.staffing.recruitment.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.persistence.StoredJson;
import org.county.staffing.recruitment.employment.Candidate;
import org.county.staffing.recruitment.employment.Gender;
import org.county.staffing.recruitment.post.KnownPost;
import org.county.staffing.recruitment.school.KnownSchool;

/** Campaigns and applications as the API and the events show them. */
public final class CampaignViews {

    private CampaignViews() {
    }

    public record Weights(Integer written, Integer interview) {
    }

    /**
     * {@code planId} and {@code invitedTeacherId}: the campaign of a planned COMPETITION move;
     * {@code closedReason}: why posts were left unfilled without a ranking deciding it; {@code posts}: each of
     * {@code postIds}, in the same order, as an applicant chooses it.
     */
    public record CampaignView(UUID campaignId, CampaignKind kind, String title, List<UUID> postIds, OffsetDateTime opensAt,
                               OffsetDateTime closesAt, Weights weights, TitleGrade minTitle, UUID roundId,
                               CampaignStatus status, OffsetDateTime closedAt, UUID planId, UUID invitedTeacherId,
                               String closedReason, List<CampaignPostView> posts) {

        public static CampaignView of(Campaign c, Function<UUID, CampaignPostView> post) {
            return new CampaignView(c.id, c.kind, c.title, List.copyOf(c.postIds), c.opensAt, c.closesAt,
                    new Weights(c.writtenWeight, c.interviewWeight), c.minTitle, c.roundId, c.status, c.closedAt,
                    c.planId, c.invitedTeacherId, c.closedReason, c.postIds.stream().map(post).toList());
        }
    }

    /**
     * A campaign's post as this service's read models know it (HR's post events, the staffing office's school
     * events): what a teacher, who cannot read posts, needs to choose one. A post or school not known (yet)
     * leaves its fields null. {@code leadershipRole}: a leadership post's role, for posts HR established with one.
     */
    public record CampaignPostView(UUID postId, String schoolId, String schoolName, PostCategory category, String subject,
                                   String level, String leadershipRole) {

        public static CampaignPostView of(UUID postId, KnownPost post, KnownSchool school) {
            if (post == null) {
                return new CampaignPostView(postId, null, null, null, null, null, null);
            }
            return new CampaignPostView(postId, post.schoolId, school == null ? null : school.name, post.category,
                    post.subject, post.level, post.leadershipRole);
        }
    }

    /** An OPEN campaign's candidate without the ID number. */
    public record CandidateView(String name, Gender gender, LocalDate birthDate, String idNumberMasked, List<String> subjects,
                                TitleGrade title) {
    }

    public record ApplicationView(UUID applicationId, UUID campaignId, UUID postId, UUID teacherId, CandidateView candidate,
                                  OffsetDateTime appliedAt, BigDecimal writtenScore, BigDecimal interviewScore,
                                  BigDecimal totalScore, Integer rank, OfferStatus offer, UUID appointedTeacherId) {

        public static ApplicationView of(Application a) {
            CandidateView candidate = null;
            if (a.candidate != null) {
                Candidate.Stored c = StoredJson.read(a.candidate, Candidate.Stored.class);
                candidate = new CandidateView(c.name(), c.gender(), c.birthDate(), c.idNumberMasked(), c.subjects(), c.title());
            }
            return new ApplicationView(a.id, a.campaignId, a.postId, a.teacherId, candidate, a.appliedAt, a.writtenScore,
                    a.interviewScore, a.totalScore, a.rank, a.offer, a.appointedTeacherId);
        }
    }
}
