package org.county.staffing.recruitment.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class TeacherRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Test
    void aTeacherIsYoungUntilTheirThirtyFifthBirthday() {
        assertThat(TeacherRules.young(LocalDate.of(1991, 9, 2), TODAY, 35)).isTrue();
        assertThat(TeacherRules.young(LocalDate.of(1991, 9, 1), TODAY, 35)).isFalse();
        assertThat(TeacherRules.young(LocalDate.of(1980, 1, 1), TODAY, 50)).isTrue();
    }

    @Test
    void datesMustBePlausible() {
        TeacherRules.requirePlausibleDates(LocalDate.of(1990, 1, 1), LocalDate.of(2012, 9, 1), TODAY);
        assertThatThrownBy(() -> TeacherRules.requirePlausibleDates(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 1), TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("BIRTH_DATE_ADULT"));
        assertThatThrownBy(() -> TeacherRules.requirePlausibleDates(LocalDate.of(1990, 1, 1), LocalDate.of(2007, 12, 31), TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("FIRST_HIRE_AFTER_ADULTHOOD"));
        assertThatThrownBy(() -> TeacherRules.requirePlausibleDates(LocalDate.of(1990, 1, 1), TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("FIRST_HIRE_NOT_FUTURE"));
    }

    @Test
    void aTeachingTeacherTeachesDistinctSubjects() {
        assertThat(TeacherRules.requireSubjects(PostCategory.TEACHING, List.of("MATHEMATICS", "PHYSICS")))
                .containsExactly("MATHEMATICS", "PHYSICS");
        assertThat(TeacherRules.requireSubjects(PostCategory.SUPPORT, List.of())).isEmpty();
        assertThatThrownBy(() -> TeacherRules.requireSubjects(PostCategory.TEACHING, List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SUBJECTS_FOR_TEACHING"));
        assertThatThrownBy(() -> TeacherRules.requireSubjects(PostCategory.TEACHING, List.of("ART", "ART")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SUBJECTS_DISTINCT"));
    }

    @Test
    void onlyActiveAndOnLeaveAreSetDirectly() {
        TeacherRules.requireDirectStatusChange(TeacherStatus.ACTIVE, TeacherStatus.ON_LEAVE);
        TeacherRules.requireDirectStatusChange(TeacherStatus.ON_LEAVE, TeacherStatus.ACTIVE);
        TeacherRules.requireDirectStatusChange(TeacherStatus.SECONDED, TeacherStatus.SECONDED);
        for (TeacherStatus to : new TeacherStatus[] {TeacherStatus.SECONDED, TeacherStatus.RETIRED, TeacherStatus.LEFT}) {
            assertThatThrownBy(() -> TeacherRules.requireDirectStatusChange(TeacherStatus.ACTIVE, to))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("TEACHER_STATUS_CHANGE"));
        }
        assertThatThrownBy(() -> TeacherRules.requireDirectStatusChange(TeacherStatus.SECONDED, TeacherStatus.ACTIVE))
                .isInstanceOf(RuleViolation.class);
    }
}
