package org.county.staffing.infra.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.demo.Endpoints.Service;

/**
 * The demo against a running platform: loads the seeded county (what is missing of it), runs the
 * school year's cycle, prints the report and writes it as HTML. {@code ./platform demo} starts the
 * platform first; this entry alone expects it up ({@code --small} for the test-sized county,
 * {@code --county=370681} for another county, {@code --counties N} for a province of N counties
 * with a province page).
 */
public final class Demo {

    public static final long SEED = 2026;
    /** Requests in flight at once: the services on two cores stay busy without queueing much. */
    public static final int CONCURRENCY = 4;
    /**
     * Counties loaded and cycled at once in a province demo: the counties' steps touch disjoint rows,
     * so two run side by side; more would only queue on two cores.
     */
    public static final int PARALLEL_COUNTIES = 2;
    /** The realm's province user (role province, no county), password demo. */
    public static final String PROVINCE_USER = "province";

    private final Path root;
    private final Endpoints endpoints;
    private final Progress progress;
    private final Api api;
    private final Timings timings;

    public Demo(Path root, Endpoints endpoints, Progress progress) {
        this.root = root;
        this.endpoints = endpoints;
        this.progress = progress;
        this.api = new Api(endpoints, "demo");
        this.timings = new Timings(api);
    }

    public Timings timings() {
        return timings;
    }

    /** Loads the county, runs the cycle, writes the report; returns the HTML file. */
    public Path run(CountyModel county, String scale) throws IOException {
        long start = System.nanoTime();
        CycleReport report = cycle(county, scale, api, timings, progress);
        report.seconds = (System.nanoTime() - start) / 1e9;
        ReportWriter writer = new ReportWriter(report);
        Path html = write(county, writer);
        System.out.println();
        System.out.print(writer.text());
        System.out.println("Report: " + html);
        return html;
    }

    /**
     * A province: the counties' realm users created in one import, then each county loaded and its
     * cycle run, {@code atOnce} counties at a time (each with its own requests in flight); writes each
     * county's report and the province page, prints the page; returns the page's HTML file.
     */
    public Path runProvince(List<CountyModel> counties, String scale, int atOnce) throws IOException {
        long start = System.nanoTime();
        int schools = counties.stream().mapToInt(c -> c.schools().size()).sum();
        int teachers = counties.stream().mapToInt(c -> c.teachers().size()).sum();
        progress.say("A province of " + counties.size() + " counties: " + schools + " schools, " + teachers + " teachers; "
                + Math.min(atOnce, counties.size()) + " counties at a time");
        timings.time("realm users of every county (one import)", () -> {
            RealmUsers realm = new RealmUsers(api.http(), endpoints.keycloak(), "admin", "admin", "demo");
            int created = realm.importUsers(ProvinceRealmUsers.importUsers(counties, "demo"));
            progress.say("  realm users: " + created + " created of " + counties.stream().mapToInt(c -> ProvinceRealmUsers.of(c).size()).sum()
                    + " the counties need (the province user is the realm file's)");
        });
        List<ProvinceReport.County> done = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(atOnce, counties.size())));
        try {
            List<Future<ProvinceReport.County>> runs = new ArrayList<>();
            for (CountyModel county : counties) {
                runs.add(pool.submit(() -> countyOfProvince(county, scale)));
            }
            for (int i = 0; i < runs.size(); i++) {
                try {
                    done.add(runs.get(i).get());
                } catch (ExecutionException e) {
                    failures.add(counties.get(i).countyId() + ": " + e.getCause());
                    e.getCause().printStackTrace();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        ProvinceReport province = new ProvinceReport(done, scale, (System.nanoTime() - start) / 1e9, timings.steps(), failures,
                provinceViews(counties.get(0).currentYear()));
        Path dir = reports();
        String name = "province-" + counties.size() + "-" + counties.get(0).currentYear();
        Path html = dir.resolve(name + ".html");
        Files.writeString(html, province.html(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".txt"), province.text(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(province.text());
        System.out.println("Province page: " + html + " (each county's report beside it: cycle-<county>-<year>.html)");
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " counties failed: " + failures);
        }
        return html;
    }

    /** One county of a province: its own client, timings and labelled progress; its report written beside the others. */
    private ProvinceReport.County countyOfProvince(CountyModel county, String scale) throws IOException {
        long start = System.nanoTime();
        Api own = new Api(endpoints, "demo");
        CycleReport report = cycle(county, scale, own, new Timings(own), progress.labelled("[" + county.countyId() + "]"));
        report.seconds = (System.nanoTime() - start) / 1e9;
        write(county, new ReportWriter(report));
        progress.say("County " + county.countyId() + " done in " + String.format("%.0f s", report.seconds));
        return new ProvinceReport.County(county, report);
    }

    /** What the province user reads of every county on the platform (GET /province/*). */
    private ProvinceReport.Views provinceViews(String year) {
        Api.Reply quotas = api.call(Service.QUOTA, "GET", "/province/quotas?size=500", PROVINCE_USER, null);
        Api.Reply posts = api.call(Service.POST, "GET", "/province/posts?size=500", PROVINCE_USER, null);
        Api.Reply rotations = api.call(Service.ROTATION, "GET", "/province/rotations?size=500&schoolYear=" + year, PROVINCE_USER, null);
        Api.Reply audit = api.call(Service.AUDIT, "GET", "/province/audit-stats?size=500", PROVINCE_USER, null);
        return new ProvinceReport.Views(quotas.ok() ? quotas.body() : null, posts.ok() ? posts.body() : null,
                rotations.ok() ? rotations.body() : null, audit.ok() ? audit.body() : null);
    }

    private CycleReport cycle(CountyModel county, String scale, Api client, Timings steps, Progress says) {
        CountyUsers users = CountyUsers.of(county.countyId());
        CycleReport report = new CycleReport();
        report.scale = scale;
        try (Parallel parallel = new Parallel(CONCURRENCY)) {
            RealmUsers realm = new RealmUsers(client.http(), endpoints.keycloak(), "admin", "admin", "demo");
            report.loaded = new CountyLoader(client, users, realm, says, parallel, steps).load(county);
            new AnnualCycle(client, users, says, parallel, steps, new AnnualCycle.Listener() { }).run(county, report);
        }
        report.steps = steps.steps();
        report.requests = client.requests();
        report.requestsPerService = client.requestsPerService();
        report.serverErrors = client.serverErrors();
        return report;
    }

    private Path reports() throws IOException {
        Path dir = root.resolve(".platform/reports");
        Files.createDirectories(dir);
        return dir;
    }

    /** Writes the county's report as HTML and text; returns the HTML file. */
    private Path write(CountyModel county, ReportWriter writer) throws IOException {
        Path dir = reports();
        Path html = dir.resolve("cycle-" + county.countyId() + "-" + county.currentYear() + ".html");
        Files.writeString(html, writer.html(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("cycle-" + county.countyId() + "-" + county.currentYear() + ".txt"), writer.text(), StandardCharsets.UTF_8);
        return html;
    }

    /** {@code --counties N} (1 to 200; default 1, the seed's county as before). */
    public static int counties(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--counties=") ? args[i].substring("--counties=".length())
                    : args[i].equals("--counties") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    int n = Integer.parseInt(value.trim());
                    if (n >= 1 && n <= 200) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new IllegalArgumentException("--counties takes a whole number from 1 to 200, not '" + value + "'");
            }
        }
        return 1;
    }

    /** Loads and runs what the arguments ask for: the seed's county (or {@code --county=}), or {@code --counties N} of a province. */
    public Path run(String[] args) throws IOException {
        int n = counties(args);
        if (n == 1) {
            return run(county(args), scale(args));
        }
        CountyGenerator.Scale size = scale(args).equals("SMALL") ? CountyGenerator.Scale.SMALL : CountyGenerator.Scale.FULL;
        return runProvince(CountyGenerator.province(SEED, n, size), scale(args), PARALLEL_COUNTIES);
    }

    public static CountyModel county(String[] args) {
        CountyGenerator.Scale scale = CountyGenerator.Scale.FULL;
        String county = CountyGenerator.COUNTY;
        for (String arg : args) {
            if (arg.equals("--small")) {
                scale = CountyGenerator.Scale.SMALL;
            } else if (arg.startsWith("--county=")) {
                county = arg.substring("--county=".length());
            }
        }
        return CountyGenerator.generate(SEED, scale, county);
    }

    public static String scale(String[] args) {
        return java.util.Arrays.asList(args).contains("--small") ? "SMALL" : "FULL";
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("platform.root", ".")).toAbsolutePath().normalize();
        new Demo(root, Endpoints.local(), new Progress(System.out)).run(args);
    }
}
