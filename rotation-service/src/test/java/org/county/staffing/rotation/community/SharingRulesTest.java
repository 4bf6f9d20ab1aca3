package org.county.staffing.rotation.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class SharingRulesTest {

    static final LocalDate SEPT = LocalDate.of(2026, 9, 1);
    static final LocalDate JAN = LocalDate.of(2027, 1, 31);

    @Test
    void wholePostsOfSharedHoursCoverVacancies() {
        assertThat(SharingRules.coveredPosts(15, 16)).isZero();
        assertThat(SharingRules.coveredPosts(16, 16)).isEqualTo(1);
        assertThat(SharingRules.coveredPosts(40, 16)).isEqualTo(2);
        assertThat(SharingRules.vacanciesLeft(1, 16, 16)).isZero();
        assertThat(SharingRules.vacanciesLeft(1, 48, 16)).isZero();
        assertThat(SharingRules.vacanciesLeft(3, 20, 16)).isEqualTo(2);
        assertThat(SharingRules.vacanciesLeft(2, 0, 16)).isEqualTo(2);
        assertThat(SharingRules.vacanciesLeft(1, 12, 12)).isZero();
    }

    @Test
    void theHoursOfOverlappingTermsCountTogether() {
        List<SharingRules.Term> others = List.of(new SharingRules.Term(SEPT, JAN, 8),
                new SharingRules.Term(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30), 12));
        SharingRules.requireHours(new SharingRules.Term(SEPT, LocalDate.of(2026, 12, 31), 4), others, 12);
        assertThatThrownBy(() -> SharingRules.requireHours(new SharingRules.Term(JAN, LocalDate.of(2027, 2, 1), 1), others, 12))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SHARED_HOURS_RANGE"));
        assertThatThrownBy(() -> SharingRules.requireHours(new SharingRules.Term(SEPT, JAN, 13), List.of(), 12))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SHARED_HOURS_RANGE"));
    }

    @Test
    void aTermEndsOnOrAfterItStartsAndCountsInTheYearsItOverlaps() {
        SharingRules.requireTermOrder(SEPT, SEPT);
        assertThatThrownBy(() -> SharingRules.requireTermOrder(JAN, SEPT))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SHARED_TERM_ORDER"));
        SharingRules.Term term = new SharingRules.Term(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 10, 31), 6);
        assertThat(term.overlaps(new SchoolYear(2026))).isTrue();
        assertThat(term.overlaps(new SchoolYear(2027))).isTrue();
        assertThat(term.overlaps(new SchoolYear(2028))).isFalse();
    }
}
