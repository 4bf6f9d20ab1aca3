package org.county.staffing.infra.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;

/**
 * The demo against a running platform: loads the seeded county (what is missing of it), runs the
 * school year's cycle, prints the report and writes it as HTML. {@code ./platform demo} starts the
 * platform first; this entry alone expects it up ({@code --small} for the test-sized county,
 * {@code --county=370681} for another county).
 */
public final class Demo {

    public static final long SEED = 2026;
    /** Requests in flight at once: the services on two cores stay busy without queueing much. */
    public static final int CONCURRENCY = 4;

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
        CountyUsers users = CountyUsers.of(county.countyId());
        CycleReport report = new CycleReport();
        report.scale = scale;
        try (Parallel parallel = new Parallel(CONCURRENCY)) {
            RealmUsers realm = new RealmUsers(api.http(), endpoints.keycloak(), "admin", "admin", "demo");
            report.loaded = new CountyLoader(api, users, realm, progress, parallel, timings).load(county);
            new AnnualCycle(api, users, progress, parallel, timings, new AnnualCycle.Listener() { }).run(county, report);
        }
        report.steps = timings.steps();
        report.requests = api.requests();
        report.requestsPerService = api.requestsPerService();
        report.serverErrors = api.serverErrors();
        report.seconds = (System.nanoTime() - start) / 1e9;
        ReportWriter writer = new ReportWriter(report);
        Path dir = root.resolve(".platform/reports");
        Files.createDirectories(dir);
        Path html = dir.resolve("cycle-" + county.countyId() + "-" + county.currentYear() + ".html");
        Files.writeString(html, writer.html(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("cycle-" + county.countyId() + "-" + county.currentYear() + ".txt"), writer.text(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(writer.text());
        System.out.println("Report: " + html);
        return html;
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
        new Demo(root, Endpoints.local(), new Progress(System.out)).run(county(args), scale(args));
    }
}
