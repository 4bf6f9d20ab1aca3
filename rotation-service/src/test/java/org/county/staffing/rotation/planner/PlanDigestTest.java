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
                "defaults", "3d949e2fe755a4ffc4c04b6929d6972c1e393120f3085e4530a74aba77dc70eb",
                "no backbone term", "e87160dd7ed6684a7dab61276bd88339d46ea751d9939a25923d7a2981134c38",
                "no depth", "cb9a074d81be2ec6c119e815c3a0c7cd22b59647143892ab41f9fce669adc295",
                "no travel, heavy backbone", "810e239cf1c6d965ffadec4a810444fe4616d34523a80bcc68edc44c544ebf7e",
                "loose caps", "ef0a04a57a5f486ac54984dcddbf20e6d58da5806762b092db00ac8c56573fb1",
                "everyone", "49533cf5bcf22047dbea7316b54f3f5315787dba503c0bf5b40d5a7fdc5963f6"));
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
        assertThat(digest(text)).isEqualTo("fc1863c82d7b7e576270420688df0a7c459cd7aa00ac533ed74cd8dcd3bc013d");
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
