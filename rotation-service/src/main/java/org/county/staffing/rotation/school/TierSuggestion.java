package org.county.staffing.rotation.school;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.county.staffing.rotation.planner.model.Grade;
import org.county.staffing.rotation.planner.model.Tier;

/**
 * Rule TIER_SUGGESTION: the tier the evaluations of a school's teachers in one school year point to;
 * the education bureau decides. With fewer than {@code minEvaluations} there is no suggestion.
 * STRONG when the mean score is at least {@code strongMean} and at least {@code strongExcellentShare}
 * are EXCELLENT; WEAK when the mean is below {@code weakMean} or at least {@code weakLowShare} are
 * BASIC or UNQUALIFIED; ORDINARY otherwise.
 */
public record TierSuggestion(int minEvaluations, BigDecimal strongMean, BigDecimal strongExcellentShare,
                             BigDecimal weakMean, BigDecimal weakLowShare) {

    public static TierSuggestion defaults() {
        return new TierSuggestion(5, new BigDecimal("85"), new BigDecimal("0.30"), new BigDecimal("70"),
                new BigDecimal("0.20"));
    }

    public record Scored(Grade grade, BigDecimal score) {
    }

    /** The suggestion and its basis; {@code tier} is null when there are too few evaluations. */
    public record Suggestion(Tier tier, String schoolYear, int evaluations, BigDecimal meanScore,
                             BigDecimal excellentShare, BigDecimal lowShare, String en, String zh) {
    }

    public Suggestion suggest(String schoolYear, List<Scored> evaluations) {
        int n = evaluations.size();
        if (n < minEvaluations) {
            return new Suggestion(null, schoolYear, n, null, null, null,
                    "too few evaluations (" + n + " of at least " + minEvaluations + ") to suggest a tier",
                    "考评数量不足（" + n + "，至少 " + minEvaluations + "），无法给出建议等级");
        }
        BigDecimal total = BigDecimal.ZERO;
        int excellent = 0;
        int low = 0;
        for (Scored s : evaluations) {
            total = total.add(s.score());
            if (s.grade() == Grade.EXCELLENT) {
                excellent++;
            } else if (s.grade() == Grade.BASIC || s.grade() == Grade.UNQUALIFIED) {
                low++;
            }
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal mean = total.divide(count, 2, RoundingMode.HALF_UP);
        BigDecimal excellentShare = BigDecimal.valueOf(excellent).divide(count, 4, RoundingMode.HALF_UP);
        BigDecimal lowShare = BigDecimal.valueOf(low).divide(count, 4, RoundingMode.HALF_UP);
        Tier tier;
        if (mean.compareTo(weakMean) < 0 || lowShare.compareTo(weakLowShare) >= 0) {
            tier = Tier.WEAK;
        } else if (mean.compareTo(strongMean) >= 0 && excellentShare.compareTo(strongExcellentShare) >= 0) {
            tier = Tier.STRONG;
        } else {
            tier = Tier.ORDINARY;
        }
        return new Suggestion(tier, schoolYear, n, mean, excellentShare, lowShare,
                "mean score " + mean + ", " + excellent + " of " + n + " EXCELLENT, " + low + " BASIC or UNQUALIFIED",
                "平均分 " + mean + "，" + n + " 人中优秀 " + excellent + " 人，基本合格或不合格 " + low + " 人");
    }
}
