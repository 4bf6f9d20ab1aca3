package org.county.staffing.rotation.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.county.staffing.rotation.planner.model.Move;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.RoundPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compressed planner reaches the optimum of the per-teacher model, by two independent solvers. */
class PlannerOptimalityTest {

    private final RotationPlanner planner = new RotationPlanner();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void onSmallProblemsTheCostEqualsBothReferences(long seed) {
        PlanningProblem problem = ProblemGenerator.generate(ProblemGenerator.SMALL, seed);
        RoundPlan plan = planner.plan(problem);
        PerTeacherReference.Result orTools = PerTeacherReference.orTools(problem);
        PerTeacherReference.Result jgrapht = PerTeacherReference.jgrapht(problem);

        assertThat(plan.moves()).hasSize((int) orTools.moves());
        assertThat(plan.totalCost()).isEqualTo(orTools.cost());
        assertThat(jgrapht.moves()).isEqualTo(orTools.moves());
        assertThat(jgrapht.cost()).isEqualTo(orTools.cost());
        assertThat(plan.moves().stream().mapToLong(m -> m.cost().total()).sum()).isEqualTo(plan.totalCost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.05", "0.5", "1"})
    void aTargetBeyondWhatIsFeasibleIsTheMaximumFlowAtTheReferenceCost(String share) {
        PlanningProblem problem = ProblemGenerator.generate(ProblemGenerator.SMALL, 42,
                org.county.staffing.rotation.planner.model.PlannerParameters.defaults().withShare(new BigDecimal(share)));
        RoundPlan plan = planner.plan(problem);
        PerTeacherReference.Result jgrapht = PerTeacherReference.jgrapht(problem);
        assertThat(plan.moves()).hasSize((int) jgrapht.moves());
        assertThat(plan.totalCost()).isEqualTo(jgrapht.cost());
        assertThat(plan.gap()).isEqualTo(plan.target() - plan.moves().size());
        if (plan.gap() > 0) {
            assertThat(plan.gapReasons()).extracting(r -> r.code()).contains("MAX_FEASIBLE_MOVES");
        } else {
            assertThat(plan.gapReasons()).isEmpty();
        }
    }

    @Test
    void atCountyScaleFifteenPercentMoveAtTheOptimumOfBothReferences() {
        PlanningProblem problem = ProblemGenerator.generate(ProblemGenerator.COUNTY, 2026);
        assertThat(problem.candidates().size()).isBetween(1800, 2200);
        RoundPlan plan = planner.plan(problem);
        PerTeacherReference.Result orTools = PerTeacherReference.orTools(problem);
        PerTeacherReference.Result jgrapht = PerTeacherReference.jgrapht(problem);

        assertThat(plan.target()).isEqualTo(TargetRule.target(problem.candidates().size(), new BigDecimal("0.15")));
        assertThat(plan.moves()).hasSize(plan.target());
        assertThat(plan.totalCost()).isEqualTo(orTools.cost()).isEqualTo(jgrapht.cost());
        for (Move move : plan.moves()) {
            assertThat(move.directions()).isNotEmpty();
        }
        System.out.printf("county: %d due, %d moves, cost %d; compressed %d nodes %d arcs; per-teacher %d nodes %d arcs%n",
                problem.candidates().size(), plan.moves().size(), plan.totalCost(), plan.stats().nodes(), plan.stats().arcs(),
                orTools.nodes(), orTools.arcs());
    }
}
