package org.county.staffing.recruitment.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {

    private static final int FULL_POST = 16;

    private static void refuses(Runnable r, String rule, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.violations().get(0).field()).isEqualTo(field);
        });
    }

    @Test
    void theReturnDateIsThePlannedOneOrTheFirstOfSeptemberAfterTheTerm() {
        LocalDate start = LocalDate.of(2026, 11, 16);
        assertThat(AssignmentRules.returnDate(start, LocalDate.of(2027, 7, 15), 3)).isEqualTo(LocalDate.of(2027, 7, 15));
        assertThat(AssignmentRules.returnDate(start, null, null)).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(AssignmentRules.returnDate(start, null, 2)).isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(AssignmentRules.returnDate(LocalDate.of(2027, 8, 15), null, 1)).isEqualTo(LocalDate.of(2027, 9, 1));
        AssignmentRules.requireReturnAfterStart(start, start.plusDays(1), "returnDate");
        refuses(() -> AssignmentRules.requireReturnAfterStart(start, start, "items[0].returnDate"),
                "ASSIGNMENT_RETURN_AFTER_START", "items[0].returnDate");
    }

    @Test
    void onlyItinerantTeachingCountsHoursAndAFullTimeAssignmentCoversAWholePost() {
        assertThat(AssignmentRules.hoursPerWeek(AssignmentForm.ITINERANT, null, 8, FULL_POST, "h")).isEqualTo(8);
        assertThat(AssignmentRules.hoursPerWeek(AssignmentForm.ITINERANT, 16, 8, FULL_POST, "h")).isEqualTo(16);
        assertThat(AssignmentRules.hoursPerWeek(AssignmentForm.SUPPORT_TEACHING, null, 8, FULL_POST, "h")).isNull();
        refuses(() -> AssignmentRules.hoursPerWeek(AssignmentForm.ITINERANT, 17, 8, FULL_POST, "h"), "ASSIGNMENT_HOURS", "h");
        refuses(() -> AssignmentRules.hoursPerWeek(AssignmentForm.ITINERANT, 0, 8, FULL_POST, "h"), "ASSIGNMENT_HOURS", "h");
        refuses(() -> AssignmentRules.hoursPerWeek(AssignmentForm.SHADOWING, 8, 8, FULL_POST, "h"), "ASSIGNMENT_HOURS", "h");

        assertThat(AssignmentRules.coveredHours(AssignmentForm.ITINERANT, 6, FULL_POST)).isEqualTo(6);
        assertThat(AssignmentRules.coveredHours(AssignmentForm.SHADOWING, null, FULL_POST)).isEqualTo(FULL_POST);
        assertThat(AssignmentRules.postShare(AssignmentForm.ITINERANT, 8, FULL_POST)).isEqualByComparingTo(new BigDecimal("0.50"));
        assertThat(AssignmentRules.postShare(AssignmentForm.ITINERANT, 5, FULL_POST)).isEqualByComparingTo(new BigDecimal("0.3125"));
        assertThat(AssignmentRules.postShare(AssignmentForm.ITINERANT, FULL_POST, FULL_POST)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(AssignmentRules.postShare(AssignmentForm.SUPPORT_TEACHING, null, FULL_POST)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(AssignmentRules.postShare(AssignmentForm.SHADOWING, null, FULL_POST)).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void aHostPostIsCoveredByAtMostOnePostsHoursAndOnlyWhileVacant() {
        AssignmentRules.requireHostPostCoverable(false, 8, 8, FULL_POST, "toPostId");
        refuses(() -> AssignmentRules.requireHostPostCoverable(false, 8, 9, FULL_POST, "toPostId"),
                "ASSIGNMENT_HOST_POST_COVERED", "toPostId");
        refuses(() -> AssignmentRules.requireHostPostCoverable(false, 4, FULL_POST, FULL_POST, "toPostId"),
                "ASSIGNMENT_HOST_POST_COVERED", "toPostId");
        refuses(() -> AssignmentRules.requireHostPostCoverable(true, 0, 4, FULL_POST, "toPostId"),
                "ASSIGNMENT_HOST_POST_VACANT", "toPostId");
    }

    @Test
    void aFullTimeAssignmentExcludesEveryOtherButItinerantTeachingMayGoToSeveralSchools() {
        AssignmentRules.requireCompatible(List.of(), AssignmentForm.SUPPORT_TEACHING, "t");
        AssignmentRules.requireCompatible(List.of(AssignmentForm.ITINERANT), AssignmentForm.ITINERANT, "t");
        refuses(() -> AssignmentRules.requireCompatible(List.of(AssignmentForm.ITINERANT), AssignmentForm.SHADOWING, "t"),
                "ASSIGNMENT_ONE_AT_A_TIME", "t");
        refuses(() -> AssignmentRules.requireCompatible(List.of(AssignmentForm.SUPPORT_TEACHING), AssignmentForm.ITINERANT, "t"),
                "ASSIGNMENT_ONE_AT_A_TIME", "t");
    }

    @Test
    void onlyAnActiveFullTimeAssignmentToAHostPostBecomesATransfer() {
        AssignmentRules.requireConvertible(AssignmentForm.SUPPORT_TEACHING, true, true);
        AssignmentRules.requireConvertible(AssignmentForm.SHADOWING, true, true);
        refuses(() -> AssignmentRules.requireConvertible(AssignmentForm.ITINERANT, true, true), "ASSIGNMENT_CONVERTIBLE", "id");
        refuses(() -> AssignmentRules.requireConvertible(AssignmentForm.SHADOWING, false, true), "ASSIGNMENT_CONVERTIBLE", "id");
        assertThat(AssignmentRules.due(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 8, 31))).isFalse();
        assertThat(AssignmentRules.due(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 1))).isTrue();
    }
}
