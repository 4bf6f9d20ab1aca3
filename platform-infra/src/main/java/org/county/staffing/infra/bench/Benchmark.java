package org.county.staffing.infra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.county.staffing.infra.Ports;
import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.demo.Api;
import org.county.staffing.infra.demo.CountyLoader;
import org.county.staffing.infra.demo.CountyUsers;
import org.county.staffing.infra.demo.Demo;
import org.county.staffing.infra.demo.Endpoints;
import org.county.staffing.infra.demo.Endpoints.Service;
import org.county.staffing.infra.demo.EvaluationStep;
import org.county.staffing.infra.demo.Parallel;
import org.county.staffing.infra.demo.Progress;
import org.county.staffing.infra.demo.RealmUsers;
import org.county.staffing.infra.demo.Timings;
import org.county.staffing.infra.launcher.Platform;
import org.county.staffing.infra.process.ManagedProcess;

/**
 * {@code ./platform bench}: starts a platform of its own (real PostgreSQL, Kafka, Keycloak and the
 * packaged services, state in {@code .platform/bench}, emptied first), loads the seed county and
 * measures the teacher import and the schools' evaluations end to end (until every outbox is
 * published and every consumer group has caught up), then the read path with {@code wrk}: the
 * bare {@code /q/health/live} of a service next to authenticated reads with real Keycloak tokens.
 * Prints every figure with its ratio to the bare endpoint, the core count and the load average,
 * writes them to {@code .platform/reports/bench-*.txt}, and stops everything it started.
 */
public final class Benchmark {

    /** Client requests in flight during the import and the evaluations: as many as the demo's. */
    static final int WRITERS = Demo.CONCURRENCY;

    /** The longest a write phase waits for every outbox and consumer group to catch up. */
    static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(15);

    /** The endpoints each round of reads measures: three bare ones and five reads. */
    static final int READ_RUNS = 8;

    private final Path root;
    private final Path home;
    private final Options options;
    private final Progress progress = new Progress(System.out);
    private final List<String> lines = new ArrayList<>();

    record Options(boolean small, int seconds, int warmup, int connections, int threads, String compareWith) {
        static Options parse(String[] args) {
            boolean small = false;
            String compareWith = null;
            int seconds = 15;
            int warmup = 5;
            int connections = 200;
            int threads = 2;
            for (String arg : args) {
                if (arg.equals("--small")) {
                    small = true;
                } else if (arg.startsWith("--seconds=")) {
                    seconds = Integer.parseInt(arg.substring("--seconds=".length()));
                } else if (arg.startsWith("--warmup=")) {
                    warmup = Integer.parseInt(arg.substring("--warmup=".length()));
                } else if (arg.startsWith("--connections=")) {
                    connections = Integer.parseInt(arg.substring("--connections=".length()));
                } else if (arg.startsWith("--threads=")) {
                    threads = Integer.parseInt(arg.substring("--threads=".length()));
                } else if (arg.startsWith("--compare-jvm=")) {
                    compareWith = arg.substring("--compare-jvm=".length()).trim();
                } else {
                    throw new IllegalArgumentException("unknown option " + arg
                            + "; ./platform bench [--small] [--seconds=15] [--warmup=5] [--connections=200] [--threads=2]"
                            + " [--compare-jvm='<the services' JVM flags for a second round of reads>']");
                }
            }
            return new Options(small, seconds, warmup, connections, threads, compareWith);
        }
    }

    /** One endpoint measured: what, where, as whom, and the bare endpoint it is compared with. */
    record Read(String name, Service service, String path, String user, int expectedStatus) {
    }

    public Benchmark(Path root, Options options) {
        this.root = root;
        this.home = root.resolve(".platform/bench");
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path root = Path.of(System.getProperty("platform.root", ".")).toAbsolutePath().normalize();
        new Benchmark(root, options).run();
    }

    public void run() throws Exception {
        if (!Wrk.installed()) {
            System.err.println("wrk is not installed: apt-get install -y wrk");
            System.exit(2);
        }
        for (int port : new int[] {Platform.POSTGRES_PORT, Platform.KAFKA_PORT, Platform.KEYCLOAK_PORT, 8080, 8081, 8082, 8083, 8084, 8085}) {
            if (Ports.isOpen(port)) {
                System.err.println("port " + port + " is in use: the benchmark starts a platform of its own on the usual ports "
                        + "(./platform down first)");
                System.exit(2);
            }
        }
        emptyState(home);
        Platform platform = new Platform(root, home);
        AtomicBoolean stopped = new AtomicBoolean();
        Thread stopOnExit = new Thread(() -> {
            if (stopped.compareAndSet(false, true)) {
                platform.down();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            platform.up();
            measure(platform);
        } finally {
            if (stopped.compareAndSet(false, true)) {
                platform.down();
            }
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }

    /**
     * Databases and the broker's log are thrown away; Keycloak (its unpacked distribution and the
     * realm with the users a previous run created) is kept: creating users is not measured, and
     * takes minutes on a busy machine. {@code rm -r .platform/bench} starts from nothing.
     */
    private static void emptyState(Path home) throws IOException {
        deleteTree(home.resolve("data"));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void measure(Platform platform) throws Exception {
        Endpoints endpoints = Endpoints.local();
        Api api = new Api(endpoints, "demo");
        Timings timings = new Timings(api);
        CountyModel county = CountyGenerator.generate(Demo.SEED,
                options.small() ? CountyGenerator.Scale.SMALL : CountyGenerator.Scale.FULL, CountyGenerator.COUNTY);
        CountyUsers users = CountyUsers.of(county.countyId());
        line(String.format(Locale.ROOT, "Machine: %d cores, load average %s before loading (1, 5, 15 min)",
                Runtime.getRuntime().availableProcessors(), loadAverage()));
        line("Services' JVM flags: " + Platform.serviceJavaOptions());
        int readRounds = options.compareWith() == null || options.compareWith().isEmpty() ? 1 : 2;
        line(String.format(Locale.ROOT, "Bounded: each write phase waits at most %d min for the platform to catch up; "
                + "the reads take %d s", CATCH_UP_LIMIT.toMinutes(), readRounds * READ_RUNS * (options.warmup() + options.seconds())));

        try (CatchUp catchUp = new CatchUp("localhost:" + Platform.KAFKA_PORT, Platform.POSTGRES_PORT,
                Platform.SERVICES.stream().map(Platform.Service::database).toList(), Platform.TOPICS);
             Parallel parallel = new Parallel(WRITERS)) {
            RealmUsers realm = new RealmUsers(api.http(), endpoints.keycloak(), "admin", "admin", "demo");
            long[] started = new long[1];
            CatchUp.Counts[] before = new CatchUp.Counts[1];
            Throughput[] imported = new Throughput[1];
            ProcessCpu[] importCpu = new ProcessCpu[1];
            CountyLoader.Loaded loaded = new CountyLoader(api, users, realm, progress, parallel, timings).load(county,
                    () -> {
                        before[0] = catchUp.counts();
                        importCpu[0] = new ProcessCpu(home.resolve("run"));
                        started[0] = System.nanoTime();
                    },
                    () -> imported[0] = Throughput.until(catchUp, started[0], before[0]));
            line("");
            line(String.format(Locale.ROOT, "Writes, end to end (until every outbox is published and every consumer group has caught up; "
                    + "%d requests in flight)", WRITERS));
            if (imported[0] != null) {
                line(imported[0].describe("teacher import (CSV, one request per school)", loaded.teachersImported(), "teachers"));
                cpuLines(importCpu[0].since(), loaded.teachersImported(), "teacher");
            }
            CatchUp.Counts beforeEvaluations = catchUp.counts();
            ProcessCpu evaluationCpu = new ProcessCpu(home.resolve("run"));
            long evaluationsStarted = System.nanoTime();
            int evaluations = EvaluationStep.record(api, users, parallel, progress, county).stream().mapToInt(Integer::intValue).sum();
            line(Throughput.until(catchUp, evaluationsStarted, beforeEvaluations)
                    .describe("evaluations (one request per school)", evaluations, "evaluations"));
            cpuLines(evaluationCpu.since(), evaluations, "evaluation");
        }
        measureReads(api, county, users);
        if (options.compareWith() != null && !options.compareWith().isEmpty()) {
            // the same data, the same machine a minute later: only the services' JVM flags differ
            platform.stopServices();
            platform.useServiceJavaOptions(options.compareWith());
            platform.up();
            line("");
            line("Services' JVM flags: " + options.compareWith());
            measureReads(api, county, users);
        }
        line("");
        line("Machine: load average " + loadAverage() + " at the end");
        Path reports = root.resolve(".platform/reports");
        Files.createDirectories(reports);
        Path file = reports.resolve("bench-" + Instant.now().toString().replace(':', '-').replaceAll("\\..*", "") + ".txt");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        System.out.println();
        lines.forEach(System.out::println);
        System.out.println("Written to " + file);
    }

    /** Items written and what they caused, from the first request until the platform caught up. */
    record Throughput(double seconds, CatchUp.Counts caused) {
        static Throughput until(CatchUp catchUp, long startedNanos, CatchUp.Counts before) {
            long caughtUp = catchUp.await(CATCH_UP_LIMIT);
            return new Throughput((caughtUp - startedNanos) / 1e9, catchUp.counts().minus(before));
        }

        String describe(String what, int items, String unit) {
            return String.format(Locale.ROOT, "  %-46s %,7d %s in %6.1f s = %,7.0f %s/s; %,d events (%,.0f/s), %,d deliveries (%,.0f/s)",
                    what, items, unit, seconds, items / seconds, unit, caused.events(), caused.events() / seconds,
                    caused.deliveries(), caused.deliveries() / seconds);
        }
    }

    /**
     * Where a write phase's CPU went, per item and process, and the rate the machine's cores would
     * allow if nothing but that CPU bound it: the ceiling no tuning of waits or batching can pass.
     */
    private void cpuLines(Map<String, Long> nanos, int items, String unit) {
        if (items == 0) {
            return;
        }
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder parts = new StringBuilder();
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> parts
                .append(parts.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                .append(String.format(Locale.ROOT, "%,.0f", e.getValue() / 1e3 / items)));
        int cores = Runtime.getRuntime().availableProcessors();
        line(String.format(Locale.ROOT, "    CPU per %s: %,.0f us in all (%s); %d cores at that cost allow at most %,.0f %ss/s",
                unit, total / 1e3 / items, parts, cores, cores * 1e9 * items / Math.max(1, total), unit));
    }

    /** CPU time of every process the platform runs (each with its children: PostgreSQL's backends), from a start. */
    static final class ProcessCpu {
        private static final List<String> PROCESSES = Stream.concat(Platform.SERVICES.stream().map(Platform.Service::name),
                Stream.of("postgres", "kafka", "keycloak")).toList();
        private final Path run;
        private final Map<String, Long> start;

        ProcessCpu(Path run) {
            this.run = run;
            this.start = now();
        }

        private Map<String, Long> now() {
            Map<String, Long> nanos = new java.util.LinkedHashMap<>();
            for (String process : PROCESSES) {
                nanos.put(process, new CpuMeter(new ManagedProcess(run, process).running()).nanos());
            }
            // the benchmark's own client (token requests, CSV, JSON) shares the cores with the platform
            // its JVM alone: the platform's processes are its descendants and counted above
            nanos.put("client", ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L));
            return nanos;
        }

        /** Nanoseconds of CPU each process used since the start. */
        Map<String, Long> since() {
            Map<String, Long> used = new java.util.LinkedHashMap<>();
            now().forEach((process, nanos) -> used.put(process, nanos - start.getOrDefault(process, 0L)));
            return used;
        }
    }

    private void measureReads(Api api, CountyModel county, CountyUsers users) {
        String school = county.schools().get(0).id();
        String teacher = county.teachers().get(0).id();
        List<Read> reads = List.of(
                new Read("quota: a school's quota", Service.QUOTA, "/schools/" + school + "/quota", users.staffingOffice(), 200),
                new Read("quota: the county's schools (one page)", Service.QUOTA, "/schools", users.staffingOffice(), 200),
                new Read("quota: refused 403 (token checked, no SQL)", Service.QUOTA, "/schools/" + school + "/quota", "laoshi", 403),
                new Read("post: a school's post summary", Service.POST, "/schools/" + school + "/post-summary", users.hr(), 200),
                new Read("recruitment: a teacher by id", Service.RECRUITMENT, "/teachers/" + teacher, users.educationBureau(), 200));
        Wrk wrk = new Wrk(options.threads(), options.connections());
        line("");
        line(String.format(Locale.ROOT, "Reads (wrk, %d threads, %d connections, %d s each after a %d s warm-up; "
                        + "ratios to the same service's bare /q/health/live)",
                options.threads(), options.connections(), options.seconds(), options.warmup()));
        line("  (CPU us, DB us: CPU time per request of the service's process and of PostgreSQL's, less bound to the machine's load)");
        line(String.format(Locale.ROOT, "  %-46s %10s %9s %9s %9s %9s %9s  %s", "endpoint", "req/s", "p99 ms", "req/s %", "p99 x",
                "CPU us", "DB us", "load (1 min)"));
        for (Service service : List.of(Service.QUOTA, Service.POST, Service.RECRUITMENT)) {
            String bareUrl = api.endpoints().url(service) + "/q/health/live";
            Measured bare = measureOne(wrk, service, bareUrl, null);
            line(String.format(Locale.ROOT, "  %-46s %,10.0f %9.1f %9s %9s %9.0f %9.0f  %s%s", service.serviceName + ": /q/health/live (bare)",
                    bare.wrk().requestsPerSecond(), bare.wrk().p99Millis(), "100%", "1.0", bare.serviceMicros(), bare.databaseMicros(),
                    loadAverage().split(" ")[0], flags(bare.wrk(), 200)));
            for (Read read : reads.stream().filter(r -> r.service() == service).toList()) {
                String token = api.tokens().token(read.user());
                Api.Reply probe = api.call(service, "GET", read.path(), read.user(), null);
                if (probe.status() != read.expectedStatus()) {
                    throw new IllegalStateException("GET " + read.path() + " as " + read.user() + " answered " + probe.status()
                            + " before the measurement, not " + read.expectedStatus() + ": " + probe.text());
                }
                Measured m = measureOne(wrk, service, api.endpoints().url(service) + read.path(), "Bearer " + token);
                Wrk.Result r = m.wrk();
                line(String.format(Locale.ROOT, "  %-46s %,10.0f %9.1f %8.0f%% %9.1f %9.0f %9.0f  %s%s", read.name(), r.requestsPerSecond(),
                        r.p99Millis(), 100 * r.requestsPerSecond() / bare.wrk().requestsPerSecond(), r.p99Millis() / bare.wrk().p99Millis(),
                        m.serviceMicros(), m.databaseMicros(), loadAverage().split(" ")[0], flags(r, read.expectedStatus())));
            }
        }
    }

    /** A run of wrk with the CPU time that each request cost the service and PostgreSQL, in microseconds. */
    record Measured(Wrk.Result wrk, double serviceMicros, double databaseMicros) {
    }

    private Measured measureOne(Wrk wrk, Service service, String url, String authorization) {
        if (options.warmup() > 0) {
            wrk.run(url, authorization, options.warmup());
        }
        progress.say("wrk " + url + (authorization == null ? "" : " (with a token)"));
        CpuMeter serviceCpu = new CpuMeter(new ManagedProcess(home.resolve("run"), service.serviceName).running());
        CpuMeter databaseCpu = new CpuMeter(new ManagedProcess(home.resolve("run"), "postgres").running());
        long serviceBefore = serviceCpu.nanos();
        long databaseBefore = databaseCpu.nanos();
        Wrk.Result result = wrk.run(url, authorization, options.seconds());
        double requests = Math.max(1, result.requests());
        return new Measured(result, (serviceCpu.nanos() - serviceBefore) / 1e3 / requests,
                (databaseCpu.nanos() - databaseBefore) / 1e3 / requests);
    }

    /** Anything that makes a figure suspect: answers other than expected, lost requests. */
    private static String flags(Wrk.Result r, int expectedStatus) {
        List<String> notes = new ArrayList<>();
        if (expectedStatus < 300 && r.non2xx() > 0) {
            notes.add(r.non2xx() + " non-2xx answers");
        }
        if (r.socketErrors() > 0) {
            notes.add(r.socketErrors() + " socket errors");
        }
        return notes.isEmpty() ? "" : "  (" + String.join(", ", notes) + ")";
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String text) {
        lines.add(text);
        progress.say(text);
    }
}
