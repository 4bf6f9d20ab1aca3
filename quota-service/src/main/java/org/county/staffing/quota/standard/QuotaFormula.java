package org.county.staffing.quota.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.school.Location;
import org.county.staffing.quota.school.Stage;

/**
 * Rule STUDENT_STAFF_RATIO: a school's quota is, per stage, its students divided by the stage's
 * standard (students per staff member), raised to the {@link SmallSchoolFloor} where that applies,
 * and made whole by the configured {@link Rounding}.
 */
public final class QuotaFormula {

    public static final String RULE = "STUDENT_STAFF_RATIO";
    /** Exact amounts keep six decimals; rounding to whole staff happens once, by {@link Rounding}. */
    private static final int SCALE = 6;

    private final Map<Stage, BigDecimal> studentsPerStaff;
    private final SmallSchoolFloor floor;
    private final Rounding rounding;

    public QuotaFormula(Map<Stage, BigDecimal> studentsPerStaff, SmallSchoolFloor floor, Rounding rounding) {
        this.studentsPerStaff = studentsPerStaff.isEmpty() ? new EnumMap<>(Stage.class) : new EnumMap<>(studentsPerStaff);
        this.floor = floor;
        this.rounding = rounding;
    }

    public Requirement compute(Location location, Map<Stage, Integer> students, Map<Stage, Integer> classes) {
        List<StageRequirement> stages = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<BigDecimal> floorAmounts = new ArrayList<>();
        boolean anyFloor = false;
        for (Stage stage : Stage.values()) {
            Integer count = students.get(stage);
            if (count == null) {
                continue;
            }
            BigDecimal ratio = studentsPerStaff.get(stage);
            if (ratio == null || ratio.signum() <= 0) {
                throw RuleViolation.unprocessable("STANDARD_DEFINED", "stage", new Reason(
                        "no staffing standard is in force for stage " + stage,
                        "学段 " + stage + " 没有生效的编制标准"));
            }
            Integer classCount = classes == null ? null : classes.get(stage);
            BigDecimal byRatio = BigDecimal.valueOf(count).divide(ratio, SCALE, RoundingMode.HALF_UP);
            BigDecimal minimum = floor.minimum(location, stage, count, classCount).orElse(null);
            boolean floorApplied = minimum != null && minimum.compareTo(byRatio) > 0;
            BigDecimal exact = floorApplied ? minimum.setScale(SCALE, RoundingMode.HALF_UP) : byRatio;
            stages.add(new StageRequirement(stage, count, classCount, ratio, byRatio, minimum, floorApplied, exact));
            amounts.add(exact);
            if (floorApplied) {
                floorAmounts.add(exact);
                anyFloor = true;
            }
        }
        int required = rounding.round(amounts);
        int floorMinimum = anyFloor ? Math.min(required, rounding.round(floorAmounts)) : 0;
        BigDecimal exactSum = amounts.stream().reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
        String rule = anyFloor ? RULE + "+" + SmallSchoolFloor.RULE : RULE;
        return new Requirement(List.copyOf(stages), exactSum, required, floorMinimum, rule, rounding);
    }
}
