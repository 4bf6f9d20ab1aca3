package org.county.staffing.rotation.planner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.RoundPlan;

/**
 * Times the compressed planner against the per-teacher reference on generated problems at county
 * and province scale. Each solver runs in its own child JVM (same flags), which generates the
 * problem, collects garbage, resets its peak resident set ({@code /proc/self/clear_refs}), then
 * builds and solves the model and reports the time and the peak resident set (VmHWM) of that phase:
 * the Java arrays and OR-tools' native memory alike.
 *
 * <pre>./mvnw -q -pl rotation-service test-compile exec:exec@benchmark [-Dbenchmark.scales=county,province] [-Dbenchmark.seed=2026]</pre>
 */
public final class PlannerBenchmark {

    private static final List<String> CHILD_FLAGS = List.of("-Xmx10g", "-XX:+UseSerialGC");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], args[2], Long.parseLong(args[3]));
            return;
        }
        String scales = args.length > 0 && !args[0].isBlank() ? args[0] : "county,province";
        long seed = args.length > 1 && !args[1].isBlank() ? Long.parseLong(args[1]) : 2026;
        System.out.printf("rotation planner benchmark, seed %d, %d cores, child JVMs %s%n", seed,
                Runtime.getRuntime().availableProcessors(), CHILD_FLAGS);
        for (String scale : scales.split(",")) {
            List<String> solvers = new ArrayList<>(List.of("compressed", "per-teacher-ortools"));
            if (scale.equals("county")) {
                solvers.add("per-teacher-jgrapht");
            }
            Map<String, Map<String, String>> results = new LinkedHashMap<>();
            for (String solver : solvers) {
                results.put(solver, run(scale, solver, seed));
            }
            report(scale, results);
        }
    }

    private static Map<String, String> run(String scale, String solver, long seed) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CHILD_FLAGS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PlannerBenchmark.class.getName());
        command.addAll(List.of("--child", scale, solver, Long.toString(seed)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> result = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring(7).split(" ")) {
                        String[] kv = pair.split("=", 2);
                        result.put(kv[0], kv[1]);
                    }
                } else if (!line.isBlank() && !line.startsWith("WARNING")) {
                    System.out.println("  [" + solver + "] " + line);
                }
            }
        }
        if (process.waitFor() != 0 || result.isEmpty()) {
            throw new IllegalStateException(solver + " at " + scale + " scale failed (exit " + process.exitValue() + ")");
        }
        return result;
    }

    private static void report(String scale, Map<String, Map<String, String>> results) {
        Map<String, String> compressed = results.get("compressed");
        System.out.printf("%n== %s: %s schools, %s teachers due, target %s%n", scale, compressed.get("schools"),
                compressed.get("due"), compressed.get("target"));
        System.out.printf("%-22s %8s %12s %9s %10s %10s %10s %10s %10s %11s%n", "model", "moves", "cost", "nodes", "arcs",
                "build ms", "solve ms", "warm ms", "cold ms", "peak MiB");
        for (Map.Entry<String, Map<String, String>> e : results.entrySet()) {
            Map<String, String> r = e.getValue();
            System.out.printf("%-22s %8s %12s %9s %10s %10s %10s %10s %10s %11d%n", e.getKey(), r.get("moves"), r.get("cost"),
                    r.get("nodes"), r.get("arcs"), r.get("buildMs"), r.get("solveMs"), r.get("totalMs"), r.get("coldMs"),
                    Long.parseLong(r.get("peakKb")) / 1024);
        }
        for (Map.Entry<String, Map<String, String>> e : results.entrySet()) {
            if (e.getKey().equals("compressed")) {
                continue;
            }
            Map<String, String> r = e.getValue();
            boolean same = r.get("cost").equals(compressed.get("cost")) && r.get("moves").equals(compressed.get("moves"));
            System.out.printf("%s: %s takes %.1fx the compressed planner's time warm (%.1fx cold; %.1fx for model build and solve alone, "
                            + "without the planner's moves, forms and explanations) and %.1fx its peak memory; same optimum: %s%n",
                    scale, e.getKey(), ms(r, "totalMs") / Math.max(1.0, ms(compressed, "totalMs")),
                    ms(r, "coldMs") / Math.max(1.0, ms(compressed, "coldMs")),
                    (ms(r, "buildMs") + ms(r, "solveMs")) / Math.max(1.0, ms(compressed, "buildMs") + ms(compressed, "solveMs")),
                    Double.parseDouble(r.get("peakKb")) / Double.parseDouble(compressed.get("peakKb")), same ? "yes" : "NO");
        }
    }

    private static double ms(Map<String, String> r, String field) {
        return Double.parseDouble(r.get(field));
    }

    private static void child(String scaleName, String solver, long seed) throws IOException {
        ProblemGenerator.Scale scale = switch (scaleName) {
            case "county" -> ProblemGenerator.COUNTY;
            case "province" -> ProblemGenerator.PROVINCE;
            case "small" -> ProblemGenerator.SMALL;
            default -> throw new IllegalArgumentException("unknown scale " + scaleName);
        };
        PlanningProblem problem = ProblemGenerator.generate(scale, seed);
        if (!solver.equals("per-teacher-jgrapht")) {
            OrTools.load();
        }
        // the cold run gives the peak memory; a second, warm run gives the time without JIT warm-up
        System.gc();
        resetPeak();
        long coldStarted = System.nanoTime();
        Measured cold = solve(solver, problem);
        long coldMs = (System.nanoTime() - coldStarted) / 1_000_000;
        long peakKb = status("VmHWM");
        System.gc();
        long warmStarted = System.nanoTime();
        Measured warm = solve(solver, problem);
        long warmMs = (System.nanoTime() - warmStarted) / 1_000_000;
        if (warm.moves() != cold.moves() || warm.cost() != cold.cost()) {
            throw new IllegalStateException("two runs of " + solver + " disagree");
        }
        System.out.printf("RESULT schools=%d due=%d target=%d moves=%d cost=%d nodes=%d arcs=%d buildMs=%d solveMs=%d coldMs=%d totalMs=%d peakKb=%d%n",
                problem.schools().size(), problem.candidates().size(), problem.target(), warm.moves(), warm.cost(),
                warm.nodes(), warm.arcs(), warm.build(), warm.solve(), coldMs, warmMs, peakKb);
    }

    private record Measured(long moves, long cost, long nodes, long arcs, long build, long solve) {
    }

    private static Measured solve(String solver, PlanningProblem problem) {
        return switch (solver) {
            case "compressed" -> {
                RoundPlan plan = new RotationPlanner().plan(problem);
                yield new Measured(plan.moves().size(), plan.totalCost(), plan.stats().nodes(), plan.stats().arcs(),
                        plan.stats().buildMillis(), plan.stats().solveMillis());
            }
            case "per-teacher-ortools", "per-teacher-jgrapht" -> {
                PerTeacherReference.Result r = solver.endsWith("ortools") ? PerTeacherReference.orTools(problem)
                        : PerTeacherReference.jgrapht(problem);
                yield new Measured(r.moves(), r.cost(), r.nodes(), r.arcs(), r.buildMillis(), r.solveMillis());
            }
            default -> throw new IllegalArgumentException("unknown solver " + solver);
        };
    }

    /** Writing 5 to clear_refs resets the peak resident set size of the process (Linux). */
    private static void resetPeak() throws IOException {
        Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    }

    private static long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException(field + " not in /proc/self/status");
    }
}
