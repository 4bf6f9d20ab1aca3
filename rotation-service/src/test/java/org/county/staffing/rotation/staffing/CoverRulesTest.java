package org.county.staffing.rotation.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CoverRulesTest {

    @Test
    void sharedHoursAndAssignedSharesAddUpBeforeWholePostsAreTaken() {
        // without assignments the rule is the shared teachers' own: floor(hours / full post)
        for (int hours = 0; hours <= 40; hours++) {
            assertThat(CoverRules.coveredPosts(hours, 16, BigDecimal.ZERO)).isEqualTo(hours / 16);
        }
        assertThat(CoverRules.coveredPosts(8, 16, new BigDecimal("0.5"))).isEqualTo(1);
        assertThat(CoverRules.coveredPosts(7, 16, new BigDecimal("0.5"))).isZero();
        assertThat(CoverRules.coveredPosts(0, 16, new BigDecimal("2.25"))).isEqualTo(2);
        assertThat(CoverRules.vacanciesLeft(1, 0, 16, BigDecimal.ONE)).isZero();
        assertThat(CoverRules.vacanciesLeft(1, 16, 16, BigDecimal.ONE)).isZero();
        assertThat(CoverRules.vacanciesLeft(3, 8, 16, new BigDecimal("0.5"))).isEqualTo(2);
    }
}
