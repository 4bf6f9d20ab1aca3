package org.county.staffing.rotation.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.county.staffing.rotation.planner.model.Move;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.RoundPlan;
import org.county.staffing.rotation.planner.model.UnmetShortage;
import org.county.staffing.rotation.planner.model.Weights;
import org.junit.jupiter.api.Test;

/**
 * The planner's plans, to the last field, on seeded generated problems: a digest of every move (teacher,
 * schools, form, term, directions, vacancy, cost terms, partner, reasons), every unmet shortage, the gap and
 * its reasons, the objective and the network's size. The digests were taken before the planner was split
 * into its phases; a change of any plan changes them. A deliberate change of the plans updates them, and
 * says why in its commit.
 */
class PlanDigestTest {

    private final RotationPlanner planner = new RotationPlanner(2);

    @Test
    void smallProblemsUnderEveryParameterVariantPlanAsBefore() {
        Map<String, String> digests = new LinkedHashMap<>();
        PlannerOptimalityTest.variants().forEach(arguments -> {
            String name = (String) arguments.get()[0];
            PlannerParameters parameters = (PlannerParameters) arguments.get()[1];
            StringBuilder text = new StringBuilder();
            for (long seed = 1; seed <= 8; seed++) {
                describe(planner.plan(ProblemGenerator.generate(ProblemGenerator.SMALL, seed, parameters)), text);
            }
            describe(planner.plan(ProblemGenerator.generate(PlannerOptimalityTest.REGION, 7, parameters)), text);
            digests.put(name, digest(text));
        });
        assertThat(digests).containsExactlyInAnyOrderEntriesOf(Map.of(
                "defaults", "89a6453c96cd83609490c6e45515f3b9c210b861db6ca7b9237b7bac003c66e7",
                "no backbone term", "8cedf5288e52cc677aa3d212145ab1ca1eb820d94e7deec5c3370cc3707fb8ef",
                "no depth", "64382f59e64ba004691cc8718b5df785642df74f39c0689862faadf1f9abb127",
                "no travel, heavy backbone", "8327e6be36e144cd285aae558953327af241a2e1fb4b7784526f48541d73ea26",
                "loose caps", "32758749d73e6e9a02567850f3bac6a94a01aa6c3303e7c5f20008d70b2eda70",
                "everyone", "3c17ebcc2ecb6868fd4191f0ad0b28f7b2b8459dcda69214c8254eb77ac3d4f3"));
    }

    @Test
    void aGeneratedCountyPlansAsBefore() {
        StringBuilder text = new StringBuilder();
        describe(planner.plan(ProblemGenerator.generate(ProblemGenerator.COUNTY, 2026)), text);
        PlannerParameters defaults = PlannerParameters.defaults();
        Weights w = defaults.weights();
        PlanningProblem loose = ProblemGenerator.generate(ProblemGenerator.COUNTY, 2027, new PlannerParameters(
                new BigDecimal("0.3"), new BigDecimal("0.4"), 3, 0, w, defaults.itinerantSubjects(),
                defaults.itinerantMaxShortage(), Map.of()));
        describe(planner.plan(loose), text);
        assertThat(digest(text)).isEqualTo("61eebcb48fb310971bf26b7fa8a0efd323569376c4a746c39371cdea83c35639");
    }

    static void describe(RoundPlan plan, StringBuilder text) {
        text.append("plan target=").append(plan.target()).append(" cost=").append(plan.totalCost())
                .append(" gap=").append(plan.gap()).append(' ').append(plan.gapReasons())
                .append(" nodes=").append(plan.stats().nodes()).append(" arcs=").append(plan.stats().arcs()).append('\n');
        for (Move move : plan.moves()) {
            text.append(move).append('\n');
        }
        for (UnmetShortage unmet : plan.unmet()) {
            text.append(unmet).append('\n');
        }
    }

    static String digest(StringBuilder text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
