package org.county.staffing.recruitment.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class SecondmentRulesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);

    @Test
    void aSecondmentLastsAtMostTheConfiguredMonths() {
        SecondmentRules.requirePeriod(FROM, LocalDate.of(2027, 8, 31), 12);
        assertThatThrownBy(() -> SecondmentRules.requirePeriod(FROM, LocalDate.of(2027, 9, 1), 12))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SECONDMENT_AT_MOST_MAX_MONTHS"));
        assertThatThrownBy(() -> SecondmentRules.requirePeriod(FROM, FROM.minusDays(1), 12))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SECONDMENT_UNTIL_AFTER_FROM"));
        assertThatThrownBy(() -> SecondmentRules.requireEnd(FROM, FROM.minusDays(1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("SECONDMENT_END_IN_PERIOD"));
    }

    @Test
    void unapprovedOrOverstayedSecondmentsAreIrregular() {
        LocalDate until = LocalDate.of(2027, 6, 30);
        assertThat(SecondmentRules.irregular("县教发〔2026〕12号", until, null, LocalDate.of(2027, 6, 30))).isFalse();
        assertThat(SecondmentRules.irregular(null, until, null, LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(SecondmentRules.irregular(" ", until, null, LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(SecondmentRules.irregular("县教发〔2026〕12号", until, null, LocalDate.of(2027, 7, 1))).isTrue();
        assertThat(SecondmentRules.irregular("县教发〔2026〕12号", until, until, LocalDate.of(2027, 7, 1))).isFalse();
    }
}
