package org.county.staffing.recruitment.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.recruitment.employment.TeacherStatus;

/** Competition for posts (競聘上崗): windows, weights, eligibility, scores, ranking and offers. */
public final class CampaignRules {

    private CampaignRules() {
    }

    /** Rule CAMPAIGN_CLOSES_AFTER_OPENING. */
    public static void requireWindow(OffsetDateTime opensAt, OffsetDateTime closesAt) {
        if (!closesAt.isAfter(opensAt)) {
            throw RuleViolation.unprocessable("CAMPAIGN_CLOSES_AFTER_OPENING", "closesAt", new Reason(
                    "closesAt " + closesAt + " is not after opensAt " + opensAt,
                    "报名截止时间 " + closesAt + " 须晚于开始时间 " + opensAt));
        }
    }

    /** Rule CAMPAIGN_WEIGHTS_SUM_100: the written and interview weights are percentages adding up to 100. */
    public static void requireWeights(int written, int interview) {
        if (written < 0 || interview < 0 || written + interview != 100) {
            throw RuleViolation.unprocessable("CAMPAIGN_WEIGHTS_SUM_100", "weights", new Reason(
                    "the written (" + written + ") and interview (" + interview + ") weights are percentages adding up to 100",
                    "笔试（" + written + "）与面试（" + interview + "）权重为百分比，合计须为100"));
        }
    }

    /** Rule SCORE_RANGE: a score lies between 0 and the maximum, with at most two decimals. */
    public static BigDecimal requireScore(BigDecimal score, int max, String field) {
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(max)) > 0 || score.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.unprocessable("SCORE_RANGE", field, new Reason(
                    field + " " + score.toPlainString() + " is outside 0 to " + max + " (at most two decimals)",
                    field + " 成绩 " + score.toPlainString() + " 超出 0 至 " + max + " 的范围（最多两位小数）"));
        }
        return score.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The total score: the weighted sum of the written and interview scores, three decimals. */
    public static BigDecimal total(BigDecimal written, BigDecimal interview, int writtenWeight, int interviewWeight) {
        return written.multiply(BigDecimal.valueOf(writtenWeight))
                .add(interview.multiply(BigDecimal.valueOf(interviewWeight)))
                .divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
    }

    /** What eligibility looks at. {@code currentSchoolId} is null for a candidate who holds no post. */
    public record Applicant(CampaignKind kind, PostCategory category, List<String> subjects, TitleGrade title,
                            TeacherStatus status, String currentSchoolId) {
    }

    /**
     * Rules of eligibility, in the order they are checked: INTERNAL_APPLICANT_ACTIVE, INTERNAL_APPLICANT_HOLDS_POST,
     * INTERNAL_CROSS_SCHOOL (a competition between schools: not for a post at one's own school),
     * APPLICANT_CATEGORY_MATCHES, APPLICANT_SUBJECT_MATCHES, APPLICANT_TITLE_MEETS.
     */
    public static void requireEligible(Applicant a, PostCategory postCategory, String postSubject, String postSchoolId,
                                       TitleGrade minTitle) {
        if (a.kind() == CampaignKind.INTERNAL) {
            if (a.status() != TeacherStatus.ACTIVE) {
                throw RuleViolation.unprocessable("INTERNAL_APPLICANT_ACTIVE", "teacherId", new Reason(
                        "only an ACTIVE teacher competes; this one is " + a.status(),
                        "只有在岗教师可以参加竞聘，该教师状态为 " + a.status()));
            }
            if (a.currentSchoolId() == null) {
                throw RuleViolation.unprocessable("INTERNAL_APPLICANT_HOLDS_POST", "teacherId", new Reason(
                        "a cross-school competition is for teachers holding a post at a school",
                        "跨校竞聘面向已在学校聘任岗位的教师"));
            }
            if (a.currentSchoolId().equals(postSchoolId)) {
                throw RuleViolation.unprocessable("INTERNAL_CROSS_SCHOOL", "postId", new Reason(
                        "the post is at the applicant's own school; a cross-school competition moves teachers between schools",
                        "该岗位在申请人本校，跨校竞聘用于校际交流"));
            }
        }
        if (a.category() != postCategory) {
            throw RuleViolation.unprocessable("APPLICANT_CATEGORY_MATCHES", "postId", new Reason(
                    "the post is a " + postCategory + " post; the applicant's category is " + a.category(),
                    "岗位类别为 " + postCategory + "，与申请人类别 " + a.category() + " 不符"));
        }
        if (postCategory == PostCategory.TEACHING && postSubject != null && !a.subjects().contains(postSubject)) {
            throw RuleViolation.unprocessable("APPLICANT_SUBJECT_MATCHES", "postId", new Reason(
                    "the post teaches " + postSubject + "; the applicant teaches " + a.subjects(),
                    "岗位学科为 " + postSubject + "，申请人任教学科为 " + a.subjects()));
        }
        if (minTitle != null && !a.title().meets(minTitle)) {
            throw RuleViolation.unprocessable("APPLICANT_TITLE_MEETS", "postId", new Reason(
                    "the campaign asks for title " + minTitle + " or higher; the applicant has " + a.title(),
                    "本次招聘要求职称不低于 " + minTitle + "，申请人职称为 " + a.title()));
        }
    }

    /** One scored application of a post, for ranking. */
    public record Scored(UUID applicationId, BigDecimal total, BigDecimal interview, BigDecimal written,
                         OffsetDateTime appliedAt) {
    }

    /**
     * RANKING_TIE_BREAK: total score, highest first; on equal totals the higher interview score, then
     * the higher written score, then the earlier application; the application id settles the rest, so
     * the order is total and the same on every run.
     */
    public static final Comparator<Scored> RANK_ORDER = Comparator.comparing(Scored::total).reversed()
            .thenComparing(Comparator.comparing(Scored::interview).reversed())
            .thenComparing(Comparator.comparing(Scored::written).reversed())
            .thenComparing(Scored::appliedAt)
            .thenComparing(Scored::applicationId);

    public static List<Scored> rank(List<Scored> applications) {
        List<Scored> ranked = new ArrayList<>(applications);
        ranked.sort(RANK_ORDER);
        return ranked;
    }

    /** The state of one application of a post, in rank order, for choosing the next offer. */
    public record Standing(UUID applicationId, OfferStatus offer) {
    }

    /**
     * OFFER_IN_RANK_ORDER: the next application to be offered the post — the best-ranked one not yet
     * offered — unless the post is already offered or taken (a post is never offered twice at once).
     * Empty when nobody is left.
     */
    public static java.util.Optional<UUID> nextOffer(List<Standing> inRankOrder) {
        for (Standing s : inRankOrder) {
            if (s.offer() == OfferStatus.OFFERED || s.offer() == OfferStatus.ACCEPTED) {
                return java.util.Optional.empty();
            }
        }
        return inRankOrder.stream().filter(s -> s.offer() == OfferStatus.NONE).map(Standing::applicationId).findFirst();
    }

    /** Rule CAMPAIGN_ACCEPTING_APPLICATIONS: applications come in while the campaign is OPEN, between opensAt and closesAt. */
    public static void requireAcceptingApplications(CampaignStatus status, OffsetDateTime now, OffsetDateTime opensAt,
                                                    OffsetDateTime closesAt) {
        if (status != CampaignStatus.OPEN || now.isBefore(opensAt) || !now.isBefore(closesAt)) {
            throw RuleViolation.conflict("CAMPAIGN_ACCEPTING_APPLICATIONS", "campaignId", new Reason(
                    "the campaign takes applications from " + opensAt + " until " + closesAt + " while OPEN; it is " + status,
                    "本次招聘报名时间为 " + opensAt + " 至 " + closesAt + "（状态须为 OPEN），当前状态 " + status));
        }
    }

    /** Rule CAMPAIGN_SCORING_OPEN: scores are entered until the campaign is closed and ranked. */
    public static void requireScoring(CampaignStatus status) {
        if (status != CampaignStatus.OPEN) {
            throw RuleViolation.conflict("CAMPAIGN_SCORING_OPEN", "campaignId", new Reason(
                    "the campaign is " + status + "; scores are entered before it is closed and ranked",
                    "本次招聘状态为 " + status + "，成绩须在关闭排名前录入"));
        }
    }

    /** Rules CAMPAIGN_OPEN and CAMPAIGN_CLOSE_AFTER_OPENING. */
    public static void requireClosable(CampaignStatus status, OffsetDateTime now, OffsetDateTime opensAt) {
        if (status != CampaignStatus.OPEN) {
            throw RuleViolation.conflict("CAMPAIGN_OPEN", "campaignId", new Reason(
                    "the campaign is already " + status, "本次招聘已处于 " + status + " 状态"));
        }
        if (now.isBefore(opensAt)) {
            throw RuleViolation.conflict("CAMPAIGN_CLOSE_AFTER_OPENING", "campaignId", new Reason(
                    "the campaign has not opened yet (opens " + opensAt + ")", "本次招聘尚未开始（" + opensAt + " 开始）"));
        }
    }

    /**
     * Rule CAMPAIGN_POST_NOT_FROZEN: a post frozen when the campaign is ranked is offered to nobody; the
     * campaign closes it unfilled with this reason (English, then Chinese).
     */
    public static String frozenPostsReason(List<String> frozenPostIds) {
        return "CAMPAIGN_POST_NOT_FROZEN: post " + String.join(", ", frozenPostIds) + " was frozen before the offers "
                + "(HR's decision or over-establishment with no other vacant post); left unfilled, a planned teacher stays "
                + "at home / 岗位 " + String.join("、", frozenPostIds) + " 在录用前已冻结（人社决定或超编且无其他空缺岗位），"
                + "不予录用，计划交流的教师留在原校";
    }
}
