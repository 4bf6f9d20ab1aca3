package org.county.staffing.rotation.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.county.staffing.rotation.planner.model.Move;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.RoundPlan;
import org.county.staffing.rotation.planner.model.Weights;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

    /** Several counties of a few dozen schools each: the planner's threads and the per-teacher model together. */
    static final ProblemGenerator.Scale REGION = new ProblemGenerator.Scale("region", 6, 40, 4, 4, 40, 0.3);

    /**
     * Parameters that take the planner's network down its other paths: no backbone term (no weak-only hubs),
     * no depth (a shortage's vacancies cost the same and share arcs), no travel cost (many ties), loose caps
     * (several teachers of a group kept, levels under a school cap), and a share beyond what can move.
     */
    static Stream<Arguments> variants() {
        PlannerParameters defaults = PlannerParameters.defaults();
        Weights w = defaults.weights();
        return Stream.of(
                Arguments.of("defaults", defaults),
                Arguments.of("no backbone term", defaults.withWeights(new Weights(w.tenurePerYear(), w.tenureHorizonYears(),
                        w.excellent(), w.competent(), w.basic(), w.unrated(), w.travelPerKm(), w.coverage(), w.depth(), 0))),
                Arguments.of("no depth", defaults.withWeights(new Weights(w.tenurePerYear(), w.tenureHorizonYears(),
                        w.excellent(), w.competent(), w.basic(), w.unrated(), w.travelPerKm(), w.coverage(), 0, w.backbone()))),
                Arguments.of("no travel, heavy backbone", defaults.withWeights(new Weights(w.tenurePerYear(), w.tenureHorizonYears(),
                        w.excellent(), w.competent(), w.basic(), w.unrated(), 0, w.coverage(), w.depth(), 500))),
                Arguments.of("loose caps", new PlannerParameters(new BigDecimal("0.3"), new BigDecimal("0.4"), 3, 0, w,
                        defaults.itinerantSubjects(), defaults.itinerantMaxShortage(), java.util.Map.of())),
                Arguments.of("everyone", defaults.withShare(BigDecimal.ONE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void underOtherParametersTheCostEqualsTheReferences(String name, PlannerParameters parameters) {
        for (long seed = 1; seed <= 8; seed++) {
            PlanningProblem problem = ProblemGenerator.generate(ProblemGenerator.SMALL, seed, parameters);
            RoundPlan plan = planner.plan(problem);
            PerTeacherReference.Result orTools = PerTeacherReference.orTools(problem);
            PerTeacherReference.Result jgrapht = PerTeacherReference.jgrapht(problem);
            assertThat(plan.moves()).as("seed %d", seed).hasSize((int) orTools.moves());
            assertThat(plan.totalCost()).as("seed %d", seed).isEqualTo(orTools.cost()).isEqualTo(jgrapht.cost());
        }
        PlanningProblem region = ProblemGenerator.generate(REGION, 7, parameters);
        RoundPlan plan = planner.plan(region);
        PerTeacherReference.Result orTools = PerTeacherReference.orTools(region);
        assertThat(plan.moves()).hasSize((int) orTools.moves());
        assertThat(plan.totalCost()).isEqualTo(orTools.cost());
        assertThat(plan.moves().stream().mapToLong(m -> m.cost().total()).sum()).isEqualTo(plan.totalCost());
    }

    @Test
    void thePlanIsTheSameOnAnyNumberOfThreads() {
        PlanningProblem problem = ProblemGenerator.generate(REGION, 11);
        RoundPlan one = new RotationPlanner(1).plan(problem);
        for (int threads : new int[] {2, 3, 8}) {
            RoundPlan many = new RotationPlanner(threads).plan(problem);
            assertThat(many.moves()).isEqualTo(one.moves());
            assertThat(many.unmet()).isEqualTo(one.unmet());
            assertThat(many.gapReasons()).isEqualTo(one.gapReasons());
            assertThat(many.totalCost()).isEqualTo(one.totalCost());
        }
        assertThat(one.totalCost()).isEqualTo(PerTeacherReference.orTools(problem).cost());
    }

    @Test
    void thePlannersRoutesAreTheCostModels() {
        PlanningProblem problem = ProblemGenerator.generate(REGION, 3);
        CostModel costs = new CostModel(problem.schools(), problem.parameters().weights());
        for (String county : problem.targets().keySet()) {
            List<PlanSchool> schools = problem.schools().stream().filter(s -> s.county().equals(county)).toList();
            List<String> names = schools.stream().map(PlanSchool::district).distinct().toList();
            int[] district = schools.stream().mapToInt(s -> names.indexOf(s.district())).toArray();
            int[] leg = new int[schools.size()];
            int[] spoke = new int[names.size()];
            CostModel.countyGeometry(schools, district, names.size(), leg, spoke);
            for (int i = 0; i < schools.size(); i++) {
                assertThat(leg[i]).isEqualTo(costs.legKm(schools.get(i)));
                assertThat(spoke[district[i]]).isEqualTo(costs.spokeKm(CostModel.districtKey(schools.get(i))));
            }
        }
    }
}
