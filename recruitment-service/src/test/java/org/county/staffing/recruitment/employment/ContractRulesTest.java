package org.county.staffing.recruitment.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class ContractRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    private static void refuses(Runnable r, String rule) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void defaultTermsEndTheDayBeforeTheAnniversary() {
        assertThat(ContractRules.defaultEnd(ContractType.FIXED_TERM, START, 3)).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(ContractRules.defaultEnd(ContractType.PROBATION, START, 3)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ContractRules.defaultEnd(ContractType.OPEN_ENDED, START, 3)).isNull();
    }

    @Test
    void termsAreConsistentWithTheirType() {
        ContractRules.requireTerm(ContractType.OPEN_ENDED, START, null);
        ContractRules.requireTerm(ContractType.PROBATION, START, LocalDate.of(2027, 2, 28));
        refuses(() -> ContractRules.requireTerm(ContractType.OPEN_ENDED, START, START.plusYears(1)), "CONTRACT_OPEN_ENDED_HAS_NO_END");
        refuses(() -> ContractRules.requireTerm(ContractType.FIXED_TERM, START, null), "CONTRACT_END_REQUIRED");
        refuses(() -> ContractRules.requireTerm(ContractType.FIXED_TERM, START, START), "CONTRACT_ENDS_AFTER_START");
        refuses(() -> ContractRules.requireTerm(ContractType.PROBATION, START, LocalDate.of(2027, 3, 1)), "PROBATION_AT_MOST_6_MONTHS");
    }

    @Test
    void aRenewalExtendsATermAndIsNeverProbation() {
        LocalDate end = LocalDate.of(2029, 8, 31);
        ContractRules.requireRenewal(ContractType.FIXED_TERM, end, ContractType.FIXED_TERM, end.plusYears(3));
        ContractRules.requireRenewal(ContractType.FIXED_TERM, end, ContractType.OPEN_ENDED, null);
        refuses(() -> ContractRules.requireRenewal(ContractType.FIXED_TERM, end, ContractType.FIXED_TERM, end), "RENEWAL_EXTENDS");
        refuses(() -> ContractRules.requireRenewal(ContractType.OPEN_ENDED, null, ContractType.OPEN_ENDED, null), "RENEWAL_OF_A_TERM");
        refuses(() -> ContractRules.requireRenewal(ContractType.PROBATION, end, ContractType.PROBATION, end.plusMonths(1)), "RENEWAL_NOT_PROBATION");
        refuses(() -> ContractRules.requireActive(ContractStatus.TERMINATED), "CONTRACT_ACTIVE");
        refuses(() -> ContractRules.requireTerminationDate(START, START.minusDays(1)), "TERMINATION_AFTER_START");
        refuses(() -> ContractRules.requireWindow(-1), "EXPIRING_WINDOW");
    }
}
