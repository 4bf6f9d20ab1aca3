package org.county.staffing.rotation.planner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.RoundPlan;

/**
 * Times the compressed planner against the per-teacher reference on generated problems at county
 * and province scale. Each solver runs in child JVMs of its own (same flags), each of which generates
 * the problem, collects garbage, waits for the JIT to finish what generating left it, resets its peak resident set ({@code /proc/self/clear_refs}), then
 * plans once cold (time and peak resident set (VmHWM): the Java arrays and OR-tools' native memory
 * alike), then a few times (and a few seconds) to warm up, then several times warm (time without JIT warm-up, and the CPU
 * time the whole process spent, all threads). The children of the solvers take turns, so that a change in the machine's load
 * falls on all of them alike; medians and the range over all runs are reported, and the ratios are
 * the reference's median over the planner's, with the range of the ratios of runs taken side by side.
 *
 * <pre>./mvnw -q -pl rotation-service test-compile exec:exec@benchmark [-Dbenchmark.scales=county,province] [-Dbenchmark.seed=2026]
 *     [-Dbenchmark.parallelism=0 (all processors)] [-Dbenchmark.runs=3] [-Dbenchmark.warmup=5] [-Dbenchmark.warm=5]</pre>
 */
public final class PlannerBenchmark {

    private static final List<String> CHILD_FLAGS = List.of("-Xmx10g", "-XX:+UseSerialGC");
    private static final long WARM_UP_SECONDS = 5;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], args[2], Long.parseLong(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]));
            return;
        }
        String scales = arg(args, 0, "county,province");
        long seed = Long.parseLong(arg(args, 1, "2026"));
        int processors = Runtime.getRuntime().availableProcessors();
        int parallelism = Integer.parseInt(arg(args, 2, "0"));
        if (parallelism <= 0) {
            parallelism = processors;
        }
        int runs = Integer.parseInt(arg(args, 3, "3"));
        int warmup = Integer.parseInt(arg(args, 4, "5"));
        int warm = Integer.parseInt(arg(args, 5, "5"));
        System.out.printf("rotation planner benchmark, seed %d, %d processors, planner parallelism %d, %d child JVMs per solver "
                        + "(each: one cold run, at least %d warm-up runs and %d s of them, %d warm runs), child JVMs %s, "
                        + "load average before %s%n", seed, processors, parallelism, runs, warmup, WARM_UP_SECONDS, warm, CHILD_FLAGS,
                loadAverage());
        for (String scale : scales.split(",")) {
            List<String> solvers = new ArrayList<>(List.of("compressed"));
            if (parallelism > 1) {
                solvers.add("compressed-1-thread");
            }
            solvers.add("per-teacher-ortools");
            if (scale.equals("county")) {
                solvers.add("per-teacher-jgrapht");
            }
            Map<String, List<Map<String, String>>> results = new LinkedHashMap<>();
            solvers.forEach(s -> results.put(s, new ArrayList<>()));
            for (int run = 0; run < runs; run++) {
                for (String solver : solvers) {
                    int threads = solver.equals("compressed") ? parallelism : 1;
                    results.get(solver).add(run(scale, solver, seed, threads, warmup, warm));
                }
            }
            report(scale, results);
        }
        System.out.printf("%nload average after %s%n", loadAverage());
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index && !args[index].isBlank() ? args[index].trim() : fallback;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Map<String, String> run(String scale, String solver, long seed, int threads, int warmup, int warm)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CHILD_FLAGS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PlannerBenchmark.class.getName());
        command.addAll(List.of("--child", scale, solver, Long.toString(seed), Integer.toString(threads), Integer.toString(warmup),
                Integer.toString(warm)));
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

    private static void report(String scale, Map<String, List<Map<String, String>>> results) {
        Map<String, String> first = results.get("compressed").get(0);
        System.out.printf("%n== %s: %s schools, %s teachers due, target %s%n", scale, first.get("schools"), first.get("due"),
                first.get("target"));
        System.out.printf("%-20s %6s %8s %7s %8s %6s %6s %22s %22s %8s %8s %5s%n", "model", "moves", "cost", "nodes", "arcs",
                "build", "solve", "warm ms median [range]", "cold ms median [range]", "warm CPU", "cold CPU", "MiB");
        for (Map.Entry<String, List<Map<String, String>>> e : results.entrySet()) {
            List<Map<String, String>> runs = e.getValue();
            Map<String, String> r = runs.get(0);
            long[] warm = all(runs, "warmMs");
            long[] cold = all(runs, "coldMs");
            System.out.printf("%-20s %6s %8s %7s %8s %6d %6d %22s %22s %8d %8d %5d%n", e.getKey(), r.get("moves"), r.get("cost"),
                    r.get("nodes"), r.get("arcs"), median(all(runs, "buildMs")), median(all(runs, "solveMs")), spread(warm),
                    spread(cold), median(all(runs, "warmCpuMs")), median(all(runs, "coldCpuMs")), median(all(runs, "peakKb")) / 1024);
        }
        System.out.println("(build and solve: ms of the last warm run, the compressed planner's summed over its counties on all its threads;"
                + " CPU: ms of CPU time of the whole process in a warm run (median) and in the cold run, all threads, the JIT's and"
                + " the collector's too; MiB: peak resident set of the cold run)");
        List<Map<String, String>> planner = results.get("compressed");
        for (Map.Entry<String, List<Map<String, String>>> e : results.entrySet()) {
            if (e.getKey().equals("compressed")) {
                continue;
            }
            List<Map<String, String>> runs = e.getValue();
            boolean same = true;
            for (Map<String, String> r : runs) {
                for (Map<String, String> p : planner) {
                    same &= r.get("cost").equals(p.get("cost")) && r.get("moves").equals(p.get("moves"));
                }
            }
            System.out.printf("%s: %s takes %s the compressed planner's time warm, %s cold, %s its CPU time warm, %s cold, "
                            + "and %.1fx its peak memory; same optimum (cost and moves): %s%n", scale, e.getKey(),
                    ratio(runs, planner, "warmMs"), ratio(runs, planner, "coldMs"), ratio(runs, planner, "warmCpuMs"),
                    ratio(runs, planner, "coldCpuMs"),
                    (double) median(all(runs, "peakKb")) / median(all(planner, "peakKb")), same ? "yes" : "NO");
        }
    }

    /**
     * Median ratio, and the range of the ratios of the runs taken side by side; for CPU times (counted in 10 ms
     * steps) only when the planner's median is large enough to mean something.
     */
    private static String ratio(List<Map<String, String>> runs, List<Map<String, String>> planner, String field) {
        long[] numerator = all(runs, field);
        long[] denominator = all(planner, field);
        if (field.contains("Cpu") && median(denominator) < 100) {
            return "(n/a: CPU time is counted in 10 ms steps)";
        }
        double low = Double.MAX_VALUE;
        double high = 0;
        int perRun = numerator.length / runs.size();
        int perPlannerRun = denominator.length / planner.size();
        for (int i = 0; i < Math.min(runs.size(), planner.size()); i++) {
            double r = (double) median(Arrays.copyOfRange(numerator, i * perRun, (i + 1) * perRun))
                    / Math.max(1, median(Arrays.copyOfRange(denominator, i * perPlannerRun, (i + 1) * perPlannerRun)));
            low = Math.min(low, r);
            high = Math.max(high, r);
        }
        return String.format("%.1fx [%.1f-%.1f]", (double) median(numerator) / Math.max(1, median(denominator)), low, high);
    }

    private static long[] all(List<Map<String, String>> runs, String field) {
        List<Long> values = new ArrayList<>();
        for (Map<String, String> r : runs) {
            for (String v : r.get(field).split(",")) {
                values.add(Long.parseLong(v));
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String spread(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return median(values) + " [" + sorted[0] + "-" + sorted[sorted.length - 1] + "]";
    }

    private static void child(String scaleName, String solver, long seed, int threads, int warmup, int warmRuns)
            throws IOException {
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
        // the cold run gives the peak memory; the warm runs, after the warm-up runs, the time without JIT warm-up.
        // The generator leaves the JIT a backlog (it formats strings by the hundred thousand); it is not the
        // solver's, so the cold run starts when the compiler has been idle for a while
        System.gc();
        awaitIdleCompiler();
        resetPeak();
        long coldCpuStarted = processCpuNanos();
        long coldStarted = System.nanoTime();
        Measured cold = solve(solver, problem, threads);
        long coldMs = (System.nanoTime() - coldStarted) / 1_000_000;
        long coldCpuMs = (processCpuNanos() - coldCpuStarted) / 1_000_000;
        long peakKb = status("VmHWM");
        // at least the warm-up runs and at least WARM_UP_SECONDS: the JIT compiles in the background, on the
        // same two processors, so a fast solver needs more runs than a slow one to reach its steady state
        long warmUpEnds = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        for (int i = 0; i < warmup || System.nanoTime() < warmUpEnds; i++) {
            Measured again = solve(solver, problem, threads);
            if (again.moves() != cold.moves() || again.cost() != cold.cost()) {
                throw new IllegalStateException("two runs of " + solver + " disagree");
            }
        }
        StringBuilder warmMs = new StringBuilder();
        StringBuilder warmCpuMs = new StringBuilder();
        Measured warm = cold;
        for (int i = 0; i < warmRuns; i++) {
            System.gc();
            long cpuStarted = processCpuNanos();
            long warmStarted = System.nanoTime();
            warm = solve(solver, problem, threads);
            long ms = (System.nanoTime() - warmStarted) / 1_000_000;
            long cpuMs = (processCpuNanos() - cpuStarted) / 1_000_000;
            if (warm.moves() != cold.moves() || warm.cost() != cold.cost()) {
                throw new IllegalStateException("two runs of " + solver + " disagree");
            }
            warmMs.append(i == 0 ? "" : ",").append(ms);
            warmCpuMs.append(i == 0 ? "" : ",").append(cpuMs);
        }
        System.out.printf("RESULT schools=%d due=%d target=%d moves=%d cost=%d nodes=%d arcs=%d buildMs=%d solveMs=%d coldMs=%d "
                        + "coldCpuMs=%d warmMs=%s warmCpuMs=%s peakKb=%d%n",
                problem.schools().size(), problem.candidates().size(), problem.target(), warm.moves(), warm.cost(),
                warm.nodes(), warm.arcs(), warm.build(), warm.solve(), coldMs, coldCpuMs, warmMs, warmCpuMs, peakKb);
    }

    private record Measured(long moves, long cost, long nodes, long arcs, long build, long solve) {
    }

    private static Measured solve(String solver, PlanningProblem problem, int threads) {
        return switch (solver) {
            case "compressed", "compressed-1-thread" -> {
                RoundPlan plan = new RotationPlanner(threads).plan(problem);
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

    /** Waits until the JIT has compiled nothing for 300 ms (at most 20 s). */
    private static void awaitIdleCompiler() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long deadline = System.nanoTime() + 20_000_000_000L;
        long last = -1;
        int quiet = 0;
        while (quiet < 3 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long total = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
            quiet = total == last ? quiet + 1 : 0;
            last = total;
        }
    }

    /** CPU time of the whole process (every thread: the planner's, the JIT's, the collector's). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
