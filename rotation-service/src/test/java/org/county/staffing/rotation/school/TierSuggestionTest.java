package org.county.staffing.rotation.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.county.staffing.rotation.planner.model.Grade;
import org.county.staffing.rotation.planner.model.Tier;
import org.junit.jupiter.api.Test;

class TierSuggestionTest {

    final TierSuggestion rule = TierSuggestion.defaults();

    static List<TierSuggestion.Scored> of(Grade grade, String score, int n) {
        return Collections.nCopies(n, new TierSuggestion.Scored(grade, new BigDecimal(score)));
    }

    static List<TierSuggestion.Scored> concat(List<TierSuggestion.Scored> a, List<TierSuggestion.Scored> b) {
        List<TierSuggestion.Scored> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void theEvaluationsPointToATier() {
        assertThat(rule.suggest("2025-2026", concat(of(Grade.EXCELLENT, "92", 3), of(Grade.COMPETENT, "84", 7))).tier()).isEqualTo(Tier.STRONG);
        // mean 86.4 but only 20% excellent
        assertThat(rule.suggest("2025-2026", concat(of(Grade.EXCELLENT, "92", 2), of(Grade.COMPETENT, "85", 8))).tier()).isEqualTo(Tier.ORDINARY);
        assertThat(rule.suggest("2025-2026", concat(of(Grade.BASIC, "65", 2), of(Grade.COMPETENT, "80", 8))).tier()).isEqualTo(Tier.WEAK);
        assertThat(rule.suggest("2025-2026", of(Grade.COMPETENT, "69.5", 6)).tier()).isEqualTo(Tier.WEAK);
        var tooFew = rule.suggest("2025-2026", of(Grade.EXCELLENT, "99", 4));
        assertThat(tooFew.tier()).isNull();
        assertThat(tooFew.zh()).contains("不足");
    }
}
