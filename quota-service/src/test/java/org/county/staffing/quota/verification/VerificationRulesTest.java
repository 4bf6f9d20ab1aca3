package org.county.staffing.quota.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.pool.Pool;
import org.junit.jupiter.api.Test;

class VerificationRulesTest {

    @Test
    void aTriennialVerificationIsDueThreeSchoolYearsAfterTheLastUnlessOverridden() {
        SchoolYear last = SchoolYear.parse("2026-2027");
        assertThatCode(() -> VerificationRules.requireCycleOpen(SchoolYear.parse("2026-2027"), Optional.empty(), 3, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> VerificationRules.requireCycleOpen(SchoolYear.parse("2029-2030"), Optional.of(last), 3, null))
                .doesNotThrowAnyException();
        for (String early : new String[] {"2026-2027", "2027-2028", "2028-2029", "2025-2026"}) {
            assertThatThrownBy(() -> VerificationRules.requireCycleOpen(SchoolYear.parse(early), Optional.of(last), 3, " "))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.rule()).isEqualTo("TRIENNIAL_ONCE_PER_CYCLE");
                        assertThat(e.status()).isEqualTo(409);
                    });
        }
        assertThatCode(() -> VerificationRules.requireCycleOpen(SchoolYear.parse("2027-2028"), Optional.of(last), 3,
                "two schools merged into a new nine-year school")).doesNotThrowAnyException();
    }

    @Test
    void anAnnualAdjustmentTakesSchoolsWhoseEnrollmentChangedBeyondTheThreshold() {
        BigDecimal tenPercent = new BigDecimal("0.10");
        assertThat(VerificationRules.changedBeyond(tenPercent, null, 500)).isTrue();
        assertThat(VerificationRules.changedBeyond(tenPercent, 500, 550)).isFalse();
        assertThat(VerificationRules.changedBeyond(tenPercent, 500, 551)).isTrue();
        assertThat(VerificationRules.changedBeyond(tenPercent, 500, 449)).isTrue();
        assertThat(VerificationRules.changedBeyond(tenPercent, 500, 450)).isFalse();
        assertThat(VerificationRules.changedBeyond(tenPercent, 0, 0)).isFalse();
        assertThat(VerificationRules.changedBeyond(tenPercent, 0, 3)).isTrue();
    }

    @Test
    void nonSchoolInstitutionsAreNotVerifiedFromEnrollment() {
        assertThatThrownBy(() -> VerificationRules.requireSchoolPool(Pool.INSTITUTION))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("VERIFICATION_POOL"));
        assertThatCode(() -> VerificationRules.requireSchoolPool(Pool.K12)).doesNotThrowAnyException();
        assertThatCode(() -> VerificationRules.requireSchoolPool(Pool.OTHER)).doesNotThrowAnyException();
    }
}
