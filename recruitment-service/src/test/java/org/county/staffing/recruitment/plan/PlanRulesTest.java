package org.county.staffing.recruitment.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.recruitment.campaign.CampaignStatus;
import org.county.staffing.recruitment.campaign.OfferStatus;
import org.county.staffing.recruitment.employment.AssignmentOutcome;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static final BiFunction<String, String, String> SUBJECTS = (field, s) -> s.toUpperCase();
    private static final SchoolYear YEAR = SchoolYear.parse("2026-2027");

    private static void refuses(Runnable r, String rule, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            if (field != null) {
                assertThat(e.violations().get(0).field()).isEqualTo(field);
            }
        });
    }

    private static PlanItem move(UUID teacher, UUID toPost) {
        return PlanItem.teacherMove(teacher, "3706830001", UUID.randomUUID(), "3706830002", toPost, "mathematics",
                RotationForm.SUPPORT_TEACHING, 2, LocalDate.of(2028, 8, 31), null, null, MoveSource.BUREAU);
    }

    private static PlanItem quota(String from, String to, Integer amount, String reason) {
        return new PlanItem(null, ItemKind.QUOTA_TRANSFER, from, to, amount, reason, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void itemsGetIdsAndCanonicalSubjectsAndCarryTheFieldsOfTheirKind() {
        List<PlanItem> items = PlanRules.requireItems(List.of(move(UUID.randomUUID(), UUID.randomUUID()),
                quota("3706830001", "3706830002", 2, "enrolment moved to the new town")), SUBJECTS);
        assertThat(items).allSatisfy(i -> assertThat(i.itemId()).isNotNull());
        assertThat(items.get(0).subject()).isEqualTo("MATHEMATICS");
        refuses(() -> PlanRules.requireItems(List.of(quota("3706830001", "3706830001", 2, "x")), SUBJECTS),
                "QUOTA_TRANSFER_BETWEEN_SCHOOLS", "items[0].toSchoolId");
        refuses(() -> PlanRules.requireItems(List.of(quota("3706830001", "3706830002", 0, "x")), SUBJECTS),
                "QUOTA_TRANSFER_POSITIVE", "items[0].amount");
        refuses(() -> PlanRules.requireItems(List.of(quota("3706830001", "3706830002", 1, null)), SUBJECTS),
                "PLAN_ITEM_FIELDS", "items[0].reason");
        refuses(() -> PlanRules.requireItems(List.of(quota("37068", "3706830002", 1, "x")), SUBJECTS),
                "SCHOOL_ID_FORMAT", "items[0].fromSchoolId");
        PlanItem establish = new PlanItem(null, ItemKind.POST_CHANGE, null, null, null, "more pupils", "3706830001",
                PostAction.ESTABLISH, PostCategory.TEACHING, null, null, 2, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        refuses(() -> PlanRules.requireItems(List.of(establish), SUBJECTS), "PLAN_ITEM_FIELDS", "items[0].subject");
    }

    private static PlanItem postChange(PostAction action, PostCategory category, String subject, LeadershipRole role) {
        return new PlanItem(null, ItemKind.POST_CHANGE, null, null, null, "the school's regulation", "3706830001", action,
                category, subject, null, action == PostAction.ESTABLISH ? 1 : null,
                action == PostAction.ABOLISH ? List.of(UUID.randomUUID()) : null, null, null, null, null, null, null, null,
                null, null, null, null, role);
    }

    @Test
    void onlyEstablishedManagementPostsCarryALeadershipRole() {
        PlanItem deputy = PlanRules.requireItems(List.of(postChange(PostAction.ESTABLISH, PostCategory.MANAGEMENT, null,
                LeadershipRole.DEPUTY_PRINCIPAL)), SUBJECTS).get(0);
        assertThat(deputy.leadershipRole()).isEqualTo(LeadershipRole.DEPUTY_PRINCIPAL);
        assertThat(deputy.published().leadershipRole()).isEqualTo("DEPUTY_PRINCIPAL");
        assertThat(PlanRules.requireItems(List.of(postChange(PostAction.ESTABLISH, PostCategory.MANAGEMENT, null, null)),
                SUBJECTS).get(0).published().leadershipRole()).isNull();
        refuses(() -> PlanRules.requireItems(List.of(postChange(PostAction.ESTABLISH, PostCategory.TEACHING, "mathematics",
                LeadershipRole.PRINCIPAL)), SUBJECTS), "LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS", "items[0].leadershipRole");
        refuses(() -> PlanRules.requireItems(List.of(postChange(PostAction.ABOLISH, PostCategory.MANAGEMENT, null,
                LeadershipRole.PRINCIPAL)), SUBJECTS), "LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS", "items[0].leadershipRole");
        PlanItem quotaWithRole = new PlanItem(null, ItemKind.QUOTA_TRANSFER, "3706830001", "3706830002", 1, "x", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                LeadershipRole.PRINCIPAL);
        refuses(() -> PlanRules.requireItems(List.of(quota("3706830001", "3706830002", 1, "x"), quotaWithRole), SUBJECTS),
                "LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS", "items[1].leadershipRole");
    }

    @Test
    void aTeacherMovesOnceAndAPostReceivesOnePersonPerPlan() {
        UUID teacher = UUID.randomUUID();
        UUID post = UUID.randomUUID();
        refuses(() -> PlanRules.requireItems(List.of(move(teacher, UUID.randomUUID()), move(teacher, UUID.randomUUID())),
                SUBJECTS), "PLAN_TEACHER_MOVED_ONCE", "items[1].teacherId");
        refuses(() -> PlanRules.requireItems(List.of(move(UUID.randomUUID(), post), move(UUID.randomUUID(), post)), SUBJECTS),
                "PLAN_POST_FILLED_ONCE", "items[1]");
    }

    @Test
    void theDeadlineIsTheEndOfJulyOfTheFirstYearUnlessMarkedLateWithAReason() {
        LocalDate deadline = PlanRules.deadline(YEAR, MonthDay.of(7, 31));
        assertThat(deadline).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(PlanRules.requireOnTime(deadline, deadline, false, null)).isFalse();
        refuses(() -> PlanRules.requireOnTime(deadline.plusDays(1), deadline, false, null), "PLAN_SUBMISSION_DEADLINE", "late");
        refuses(() -> PlanRules.requireOnTime(deadline.plusDays(1), deadline, true, " "), "PLAN_LATE_REASON", "lateReason");
        assertThat(PlanRules.requireOnTime(deadline.plusDays(1), deadline, true, "new school opened in August")).isTrue();
    }

    @Test
    void aVersionIsSubmittedOnceAndAResubmissionIsTheNextVersion() {
        assertThat(PlanRules.versionToSubmit(PlanStatus.DRAFT, 1)).isEqualTo(1);
        assertThat(PlanRules.versionToSubmit(PlanStatus.REJECTED, 1)).isEqualTo(2);
        for (PlanStatus s : new PlanStatus[] {PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.EXECUTED}) {
            refuses(() -> PlanRules.versionToSubmit(s, 1), "PLAN_SUBMITTED_ONCE", "planId");
        }
        refuses(() -> PlanRules.requireItemsPresent(List.of()), "PLAN_HAS_ITEMS", "items");
        refuses(() -> PlanRules.requireEditable(PlanStatus.SUBMITTED), "PLAN_EDITABLE", "planId");
    }

    @Test
    void bothDepartmentsMustApproveInEitherOrderAndOneRejectionSuffices() {
        Map<Department, Boolean> none = new EnumMap<>(Department.class);
        PlanRules.Decision officeApproves = new PlanRules.Decision(Department.STAFFING_OFFICE, true);
        PlanRules.Decision hrApproves = new PlanRules.Decision(Department.HR, true);
        assertThat(PlanRules.decide(PlanStatus.SUBMITTED, 1, 1, none, officeApproves)).isEqualTo(PlanRules.Outcome.WAITING);
        assertThat(PlanRules.decide(PlanStatus.SUBMITTED, 1, 1, Map.of(Department.STAFFING_OFFICE, true), hrApproves))
                .isEqualTo(PlanRules.Outcome.APPROVED);
        assertThat(PlanRules.decide(PlanStatus.SUBMITTED, 1, 1, Map.of(Department.HR, true), officeApproves))
                .isEqualTo(PlanRules.Outcome.APPROVED);
        assertThat(PlanRules.decide(PlanStatus.SUBMITTED, 1, 1, Map.of(Department.HR, true),
                new PlanRules.Decision(Department.STAFFING_OFFICE, false))).isEqualTo(PlanRules.Outcome.REJECTED);
        assertThat(PlanRules.decide(PlanStatus.REJECTED, 1, 1, Map.of(Department.HR, false), officeApproves))
                .isEqualTo(PlanRules.Outcome.RECORDED);
        assertThat(PlanRules.decide(PlanStatus.SUBMITTED, 2, 1, none, officeApproves)).isEqualTo(PlanRules.Outcome.RECORDED);
    }

    @Test
    void aDepartmentDecidesAVersionOnceAndOnlyASubmittedOne() {
        refuses(() -> PlanRules.decide(PlanStatus.SUBMITTED, 1, 1, Map.of(Department.HR, true),
                new PlanRules.Decision(Department.HR, true)), "PLAN_DECIDED_ONCE", "department");
        refuses(() -> PlanRules.decide(PlanStatus.SUBMITTED, 1, 2, Map.of(), new PlanRules.Decision(Department.HR, true)),
                "PLAN_VERSION_SUBMITTED", "version");
        refuses(() -> PlanRules.decide(PlanStatus.DRAFT, 1, 1, Map.of(), new PlanRules.Decision(Department.HR, true)),
                "PLAN_VERSION_SUBMITTED", "version");
    }

    @Test
    void executionNeedsApprovalAndTheEffectiveDate() {
        LocalDate effective = LocalDate.of(2026, 9, 1);
        PlanRules.requireExecutable(PlanStatus.APPROVED, effective, effective);
        refuses(() -> PlanRules.requireExecutable(PlanStatus.SUBMITTED, effective, effective), "PLAN_APPROVED_BEFORE_EXECUTION", null);
        refuses(() -> PlanRules.requireExecutable(PlanStatus.EXECUTED, effective, effective), "PLAN_APPROVED_BEFORE_EXECUTION", null);
        refuses(() -> PlanRules.requireExecutable(PlanStatus.APPROVED, effective.minusDays(1), effective), "PLAN_EFFECTIVE_DATE_REACHED", null);
        PlanRules.requireEffectiveDate(YEAR, LocalDate.of(2027, 8, 31));
        refuses(() -> PlanRules.requireEffectiveDate(YEAR, LocalDate.of(2027, 9, 1)), "PLAN_EFFECTIVE_IN_YEAR", "effectiveDate");
    }

    @Test
    void aVersionWaitingLongerThanTheLimitIsOverdue() {
        OffsetDateTime submitted = OffsetDateTime.of(2026, 7, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        Duration limit = Duration.ofDays(14);
        assertThat(PlanRules.overdue(PlanStatus.SUBMITTED, submitted, submitted.plusDays(14), limit)).isFalse();
        assertThat(PlanRules.overdue(PlanStatus.SUBMITTED, submitted, submitted.plusDays(14).plusSeconds(1), limit)).isTrue();
        assertThat(PlanRules.overdue(PlanStatus.APPROVED, submitted, submitted.plusDays(30), limit)).isFalse();
    }

    private static PlanItem formMove(String from, String to, RotationForm form, UUID teacher, UUID toPost) {
        return PlanItem.teacherMove(teacher, from, UUID.randomUUID(), to, toPost, "MATHEMATICS", form, 1, null, null, null,
                MoveSource.ROTATION);
    }

    @Test
    void eachFormIsCarriedOutByItsMeaning() {
        assertThat(PlanRules.carriedOutAs(null)).isEqualTo(PlanRules.Execution.TRANSFER);
        assertThat(PlanRules.carriedOutAs(RotationForm.PAIRED_EXCHANGE)).isEqualTo(PlanRules.Execution.TRANSFER);
        assertThat(PlanRules.carriedOutAs(RotationForm.SUPPORT_TEACHING)).isEqualTo(PlanRules.Execution.ASSIGNMENT);
        assertThat(PlanRules.carriedOutAs(RotationForm.SHADOWING)).isEqualTo(PlanRules.Execution.ASSIGNMENT);
        assertThat(PlanRules.carriedOutAs(RotationForm.ITINERANT)).isEqualTo(PlanRules.Execution.ASSIGNMENT);
        assertThat(PlanRules.carriedOutAs(RotationForm.COMPETITION)).isEqualTo(PlanRules.Execution.COMPETITION);
    }

    @Test
    void aPairedExchangeNeedsItsPartnerMovingTheOtherWay() {
        PlanItem aToB = formMove("3706830001", "3706830002", RotationForm.PAIRED_EXCHANGE, UUID.randomUUID(), UUID.randomUUID());
        PlanItem bToA = formMove("3706830002", "3706830001", RotationForm.PAIRED_EXCHANGE, UUID.randomUUID(), UUID.randomUUID());
        PlanItem aToC = formMove("3706830001", "3706830003", RotationForm.PAIRED_EXCHANGE, UUID.randomUUID(), UUID.randomUUID());
        PlanItem supportAToB = formMove("3706830001", "3706830002", RotationForm.SUPPORT_TEACHING, UUID.randomUUID(),
                UUID.randomUUID());
        PlanRules.requireExchangesPaired(List.of(aToB, supportAToB, bToA));
        refuses(() -> PlanRules.requireExchangesPaired(List.of(aToB, supportAToB)), "PLAN_EXCHANGE_PAIRED", "items[0].form");
        // one to one: a second exchange from A to B needs a second partner
        refuses(() -> PlanRules.requireExchangesPaired(List.of(aToB, bToA, aToB)), "PLAN_EXCHANGE_PAIRED", "items[2].form");
        refuses(() -> PlanRules.requireExchangesPaired(List.of(aToB, aToC, bToA)), "PLAN_EXCHANGE_PAIRED", "items[1].form");
    }

    @Test
    void anItinerantTeacherMayTeachAtSeveralSchoolsAndShareAHostPostButNothingElse() {
        UUID teacher = UUID.randomUUID();
        UUID host = UUID.randomUUID();
        PlanItem itinerant1 = formMove("3706830001", "3706830002", RotationForm.ITINERANT, teacher, host);
        PlanItem itinerant2 = formMove("3706830001", "3706830003", RotationForm.ITINERANT, teacher, UUID.randomUUID());
        PlanItem otherItinerant = formMove("3706830004", "3706830002", RotationForm.ITINERANT, UUID.randomUUID(), host);
        PlanRules.requireMovesDistinct(List.of(itinerant1, itinerant2, otherItinerant));
        PlanItem transferOfTheSame = formMove("3706830001", "3706830005", null, teacher, UUID.randomUUID());
        refuses(() -> PlanRules.requireMovesDistinct(List.of(itinerant1, transferOfTheSame)), "PLAN_TEACHER_MOVED_ONCE",
                "items[1].teacherId");
        refuses(() -> PlanRules.requireMovesDistinct(List.of(transferOfTheSame, itinerant1)), "PLAN_TEACHER_MOVED_ONCE",
                "items[1].teacherId");
        PlanItem supportToTheHost = formMove("3706830006", "3706830002", RotationForm.SUPPORT_TEACHING, UUID.randomUUID(), host);
        refuses(() -> PlanRules.requireMovesDistinct(List.of(otherItinerant, supportToTheHost)), "PLAN_POST_FILLED_ONCE",
                "items[1]");
    }

    @Test
    void hoursPerWeekAreForItinerantMovesOnly() {
        PlanItem support = formMove("3706830001", "3706830002", RotationForm.SUPPORT_TEACHING, UUID.randomUUID(),
                UUID.randomUUID());
        PlanItem withHours = new PlanItem(null, support.kind(), support.fromSchoolId(), support.toSchoolId(), null, null, null,
                null, null, support.subject(), null, null, null, support.teacherId(), support.fromPostId(), support.toPostId(),
                support.form(), support.termYears(), null, null, null, support.source(), null, 8, null);
        refuses(() -> PlanRules.requireItems(List.of(withHours), SUBJECTS), "MOVE_HOURS_ITINERANT", "items[0].hoursPerWeek");
        PlanItem itinerant = new PlanItem(null, support.kind(), support.fromSchoolId(), support.toSchoolId(), null, null, null,
                null, null, support.subject(), null, null, null, support.teacherId(), support.fromPostId(), support.toPostId(),
                RotationForm.ITINERANT, support.termYears(), null, null, null, support.source(), null, 8, null);
        assertThat(PlanRules.requireItems(List.of(itinerant), SUBJECTS).get(0).hoursPerWeek()).isEqualTo(8);
    }

    @Test
    void aCompetitionsOutcomeIsReadFromItsCampaignAndThePlannedTeachersOffer() {
        assertThat(MoveOutcome.ofCompetition(CampaignStatus.OPEN, OfferStatus.NONE)).isEqualTo("COMPETITION_OPEN");
        assertThat(MoveOutcome.ofCompetition(CampaignStatus.OFFERING, OfferStatus.OFFERED)).isEqualTo("COMPETITION_OFFERED");
        assertThat(MoveOutcome.ofCompetition(CampaignStatus.CLOSED, OfferStatus.ACCEPTED)).isEqualTo("COMPETITION_WON");
        assertThat(MoveOutcome.ofCompetition(CampaignStatus.CLOSED, OfferStatus.DECLINED)).isEqualTo("COMPETITION_DECLINED");
        assertThat(MoveOutcome.ofCompetition(CampaignStatus.OFFERING, OfferStatus.NONE)).isEqualTo("COMPETITION_LOST");
        // the destination post was frozen before the offers: nobody was offered it
        assertThat(MoveOutcome.ofCompetition(CampaignStatus.CLOSED, OfferStatus.NONE, true)).isEqualTo("COMPETITION_POST_FROZEN");
        assertThat(MoveOutcome.ofCompetition(CampaignStatus.CLOSED, OfferStatus.ACCEPTED, true)).isEqualTo("COMPETITION_WON");
        assertThat(MoveOutcome.ofAssignment(null)).isEqualTo("ON_ASSIGNMENT");
        assertThat(MoveOutcome.ofAssignment(AssignmentOutcome.RETURNED)).isEqualTo("RETURNED");
    }
}
