package org.county.staffing.quota.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;

import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.school.Location;
import org.county.staffing.quota.school.Stage;
import org.junit.jupiter.api.Test;

class QuotaFormulaTest {

    static final Map<Stage, BigDecimal> SEED = Map.of(Stage.SENIOR, new BigDecimal("12.5"), Stage.JUNIOR, new BigDecimal("13.5"),
            Stage.PRIMARY, new BigDecimal("19"), Stage.KINDERGARTEN, new BigDecimal("7"));
    static final SmallSchoolFloor FLOOR = new SmallSchoolFloor(EnumSet.of(Location.RURAL), 100,
            Map.of(Stage.PRIMARY, new BigDecimal("1.7"), Stage.JUNIOR, new BigDecimal("2.5")));

    @Test
    void theSeedRatiosDivideStudentsPerStageAndTheSchoolSumIsRoundedHalfUpOnce() {
        QuotaFormula formula = new QuotaFormula(SEED, FLOOR, Rounding.HALF_UP_OF_SCHOOL_SUM);
        // 812/19 = 42.736842, 402/13.5 = 29.777778: sum 72.514620 -> 73
        Requirement nineYear = formula.compute(Location.URBAN, Map.of(Stage.PRIMARY, 812, Stage.JUNIOR, 402), Map.of());
        assertThat(nineYear.required()).isEqualTo(73);
        assertThat(nineYear.exact()).isEqualByComparingTo("72.514620");
        assertThat(nineYear.stages()).extracting(StageRequirement::stage).containsExactly(Stage.PRIMARY, Stage.JUNIOR);
        assertThat(nineYear.rule()).isEqualTo("STUDENT_STAFF_RATIO");
        assertThat(nineYear.floorMinimum()).isZero();
        // 1000/12.5 = 80 exactly
        assertThat(formula.compute(Location.URBAN, Map.of(Stage.SENIOR, 1000), null).required()).isEqualTo(80);
        // 28/19 = 1.47 -> 1 ; 29/19 = 1.53 -> 2
        assertThat(formula.compute(Location.URBAN, Map.of(Stage.PRIMARY, 28), null).required()).isEqualTo(1);
        assertThat(formula.compute(Location.URBAN, Map.of(Stage.PRIMARY, 29), null).required()).isEqualTo(2);
    }

    @Test
    void ceilingPerStageRoundsEveryStageUpBeforeAdding() {
        // 800/19 = 42.105, 400/13.5 = 29.630: half up of the sum 71.735 is 72, ceiling per stage 43 + 30
        Map<Stage, Integer> students = Map.of(Stage.PRIMARY, 800, Stage.JUNIOR, 400);
        assertThat(new QuotaFormula(SEED, FLOOR, Rounding.HALF_UP_OF_SCHOOL_SUM).compute(Location.URBAN, students, null).required())
                .isEqualTo(72);
        Requirement ceiling = new QuotaFormula(SEED, FLOOR, Rounding.CEILING_PER_STAGE).compute(Location.URBAN, students, null);
        assertThat(ceiling.required()).isEqualTo(73);
        assertThat(ceiling.rounding()).isEqualTo(Rounding.CEILING_PER_STAGE);
    }

    @Test
    void aSmallRuralStageGetsTheClassFloorWhenItExceedsTheRatio() {
        QuotaFormula formula = new QuotaFormula(SEED, FLOOR, Rounding.HALF_UP_OF_SCHOOL_SUM);
        // 60 pupils in 6 classes: ratio 3.16, floor 6 x 1.7 = 10.2 -> 10
        Requirement village = formula.compute(Location.RURAL, Map.of(Stage.PRIMARY, 60), Map.of(Stage.PRIMARY, 6));
        assertThat(village.required()).isEqualTo(10);
        assertThat(village.floorMinimum()).isEqualTo(10);
        assertThat(village.rule()).isEqualTo("STUDENT_STAFF_RATIO+SMALL_SCHOOL_FLOOR");
        StageRequirement primary = village.stages().get(0);
        assertThat(primary.floorApplied()).isTrue();
        assertThat(primary.byRatio()).isEqualByComparingTo("3.157895");
        assertThat(primary.floor()).isEqualByComparingTo("10.2");
    }

    @Test
    void theFloorSparesUrbanSchoolsLargeStagesAndStagesWithoutClassesOrWithoutAFloorFigure() {
        QuotaFormula formula = new QuotaFormula(SEED, FLOOR, Rounding.HALF_UP_OF_SCHOOL_SUM);
        assertThat(formula.compute(Location.URBAN, Map.of(Stage.PRIMARY, 60), Map.of(Stage.PRIMARY, 6)).required()).isEqualTo(3);
        assertThat(formula.compute(Location.RURAL, Map.of(Stage.PRIMARY, 100), Map.of(Stage.PRIMARY, 6)).required()).isEqualTo(5);
        assertThat(formula.compute(Location.RURAL, Map.of(Stage.PRIMARY, 60), Map.of()).required()).isEqualTo(3);
        assertThat(formula.compute(Location.RURAL, Map.of(Stage.KINDERGARTEN, 30), Map.of(Stage.KINDERGARTEN, 3)).required())
                .isEqualTo(4);
        // a rural school whose classes are full: the ratio is larger than the floor and stays
        Requirement full = formula.compute(Location.RURAL, Map.of(Stage.PRIMARY, 95), Map.of(Stage.PRIMARY, 2));
        assertThat(full.required()).isEqualTo(5);
        assertThat(full.floorMinimum()).isZero();
    }

    @Test
    void aStageWithoutAStandardIsRefusedByName() {
        QuotaFormula formula = new QuotaFormula(SEED, SmallSchoolFloor.none(), Rounding.HALF_UP_OF_SCHOOL_SUM);
        assertThatThrownBy(() -> formula.compute(Location.URBAN, Map.of(Stage.VOCATIONAL, 300), null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("STANDARD_DEFINED"));
    }
}
