package org.county.staffing.recruitment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.recruitment.employment.TeacherStatus;
import org.junit.jupiter.api.Test;

class CampaignRulesTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 6, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    private static void refuses(Runnable r, String rule) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    private static CampaignRules.Scored scored(String id, String total, String interview, String written, int minute) {
        return new CampaignRules.Scored(UUID.fromString(id), new BigDecimal(total), new BigDecimal(interview),
                new BigDecimal(written), T0.plusMinutes(minute));
    }

    @Test
    void aCampaignClosesAfterItOpensAndItsWeightsAddUpTo100() {
        CampaignRules.requireWindow(T0, T0.plusDays(10));
        refuses(() -> CampaignRules.requireWindow(T0, T0), "CAMPAIGN_CLOSES_AFTER_OPENING");
        refuses(() -> CampaignRules.requireWindow(T0, T0.minusDays(1)), "CAMPAIGN_CLOSES_AFTER_OPENING");
        CampaignRules.requireWeights(60, 40);
        refuses(() -> CampaignRules.requireWeights(60, 50), "CAMPAIGN_WEIGHTS_SUM_100");
        refuses(() -> CampaignRules.requireWeights(-10, 110), "CAMPAIGN_WEIGHTS_SUM_100");
    }

    @Test
    void scoresLieInRangeAndTheTotalIsTheWeightedSum() {
        assertThat(CampaignRules.requireScore(new BigDecimal("88.5"), 100, "written")).isEqualByComparingTo("88.50");
        refuses(() -> CampaignRules.requireScore(new BigDecimal("100.01"), 100, "written"), "SCORE_RANGE");
        refuses(() -> CampaignRules.requireScore(new BigDecimal("-1"), 100, "interview"), "SCORE_RANGE");
        refuses(() -> CampaignRules.requireScore(new BigDecimal("80.125"), 100, "interview"), "SCORE_RANGE");
        assertThat(CampaignRules.total(new BigDecimal("80"), new BigDecimal("90"), 60, 40)).isEqualByComparingTo("84.000");
        assertThat(CampaignRules.total(new BigDecimal("85.55"), new BigDecimal("70.25"), 50, 50)).isEqualByComparingTo("77.900");
    }

    @Test
    void rankingBreaksTiesByInterviewThenWrittenThenApplicationTime() {
        List<CampaignRules.Scored> ranked = CampaignRules.rank(List.of(
                scored("00000000-0000-0000-0000-000000000001", "80", "80", "80", 5),
                scored("00000000-0000-0000-0000-000000000002", "80", "85", "75", 9),
                scored("00000000-0000-0000-0000-000000000003", "90", "70", "110", 9),
                scored("00000000-0000-0000-0000-000000000004", "80", "80", "80", 1),
                scored("00000000-0000-0000-0000-000000000005", "80", "80", "81", 7)));
        assertThat(ranked).extracting(s -> s.applicationId().toString().substring(35)).containsExactly("3", "2", "5", "4", "1");
    }

    @Test
    void aPostIsOfferedToTheBestRankedApplicantNotYetAskedAndNeverTwiceAtOnce() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        assertThat(CampaignRules.nextOffer(List.of(new CampaignRules.Standing(first, OfferStatus.NONE),
                new CampaignRules.Standing(second, OfferStatus.NONE)))).contains(first);
        assertThat(CampaignRules.nextOffer(List.of(new CampaignRules.Standing(first, OfferStatus.DECLINED),
                new CampaignRules.Standing(second, OfferStatus.NONE), new CampaignRules.Standing(third, OfferStatus.NONE))))
                .contains(second);
        assertThat(CampaignRules.nextOffer(List.of(new CampaignRules.Standing(first, OfferStatus.OFFERED),
                new CampaignRules.Standing(second, OfferStatus.NONE)))).isEmpty();
        assertThat(CampaignRules.nextOffer(List.of(new CampaignRules.Standing(first, OfferStatus.DECLINED),
                new CampaignRules.Standing(second, OfferStatus.ACCEPTED), new CampaignRules.Standing(third, OfferStatus.NONE))))
                .isEmpty();
        assertThat(CampaignRules.nextOffer(List.of(new CampaignRules.Standing(first, OfferStatus.DECLINED)))).isEmpty();
    }

    @Test
    void eligibilityChecksSubjectTitleAndForCompetitionsTheSchool() {
        CampaignRules.Applicant internal = new CampaignRules.Applicant(CampaignKind.INTERNAL, PostCategory.TEACHING,
                List.of("MATHEMATICS"), TitleGrade.FIRST, TeacherStatus.ACTIVE, "3706830001");
        CampaignRules.requireEligible(internal, PostCategory.TEACHING, "MATHEMATICS", "3706830002", TitleGrade.SECOND);
        refuses(() -> CampaignRules.requireEligible(internal, PostCategory.TEACHING, "MATHEMATICS", "3706830001", null),
                "INTERNAL_CROSS_SCHOOL");
        refuses(() -> CampaignRules.requireEligible(internal, PostCategory.TEACHING, "CHINESE", "3706830002", null),
                "APPLICANT_SUBJECT_MATCHES");
        refuses(() -> CampaignRules.requireEligible(internal, PostCategory.TEACHING, "MATHEMATICS", "3706830002", TitleGrade.SENIOR),
                "APPLICANT_TITLE_MEETS");
        refuses(() -> CampaignRules.requireEligible(internal, PostCategory.MANAGEMENT, null, "3706830002", null),
                "APPLICANT_CATEGORY_MATCHES");
        refuses(() -> CampaignRules.requireEligible(new CampaignRules.Applicant(CampaignKind.INTERNAL, PostCategory.TEACHING,
                List.of("MATHEMATICS"), TitleGrade.FIRST, TeacherStatus.ON_LEAVE, "3706830001"), PostCategory.TEACHING,
                "MATHEMATICS", "3706830002", null), "INTERNAL_APPLICANT_ACTIVE");
        refuses(() -> CampaignRules.requireEligible(new CampaignRules.Applicant(CampaignKind.INTERNAL, PostCategory.TEACHING,
                List.of("MATHEMATICS"), TitleGrade.FIRST, TeacherStatus.ACTIVE, null), PostCategory.TEACHING,
                "MATHEMATICS", "3706830002", null), "INTERNAL_APPLICANT_HOLDS_POST");
        CampaignRules.requireEligible(new CampaignRules.Applicant(CampaignKind.OPEN, PostCategory.TEACHING,
                List.of("MATHEMATICS"), TitleGrade.NONE, null, null), PostCategory.TEACHING, "MATHEMATICS", "3706830002", null);
    }

    @Test
    void applicationsScoresAndClosingFollowTheCampaignsState() {
        CampaignRules.requireAcceptingApplications(CampaignStatus.OPEN, T0.plusHours(1), T0, T0.plusDays(1));
        refuses(() -> CampaignRules.requireAcceptingApplications(CampaignStatus.OPEN, T0.minusSeconds(1), T0, T0.plusDays(1)),
                "CAMPAIGN_ACCEPTING_APPLICATIONS");
        refuses(() -> CampaignRules.requireAcceptingApplications(CampaignStatus.OPEN, T0.plusDays(1), T0, T0.plusDays(1)),
                "CAMPAIGN_ACCEPTING_APPLICATIONS");
        refuses(() -> CampaignRules.requireAcceptingApplications(CampaignStatus.OFFERING, T0.plusHours(1), T0, T0.plusDays(1)),
                "CAMPAIGN_ACCEPTING_APPLICATIONS");
        refuses(() -> CampaignRules.requireScoring(CampaignStatus.OFFERING), "CAMPAIGN_SCORING_OPEN");
        refuses(() -> CampaignRules.requireClosable(CampaignStatus.CLOSED, T0, T0), "CAMPAIGN_OPEN");
        refuses(() -> CampaignRules.requireClosable(CampaignStatus.OPEN, T0.minusSeconds(1), T0), "CAMPAIGN_CLOSE_AFTER_OPENING");
    }
}
