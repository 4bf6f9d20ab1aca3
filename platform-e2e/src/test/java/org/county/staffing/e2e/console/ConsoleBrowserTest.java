package org.county.staffing.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.county.staffing.e2e.CrossServicePlatform;
import org.county.staffing.infra.Ports;
import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.demo.Api;
import org.county.staffing.infra.demo.Demo;
import org.county.staffing.infra.demo.Progress;
import org.county.staffing.infra.demo.RealmUsers;
import org.county.staffing.infra.process.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console in headless Debian Chromium: the packaged console in front of the packaged services,
 * a real Keycloak (its own login page), PostgreSQL and Kafka, on a small county of its own loaded
 * through the APIs with just what the flows need ({@link ConsoleSeed}). A user of each department
 * logs in and does their flow, the newer views' actions included (a secondment registered and ended, a
 * campaign opened, a community activity recorded, a quota adjusted, a draft plan's items edited: each
 * refused once at its field, then seen again after a reload); screenshots go to target/console-screenshots, every page is scanned
 * with axe-core, and the staffing office's dashboard time-to-usable is printed. Part of
 * {@code ./mvnw verify}; {@code -Dconsole.browser-tests=false} (or {@code -Dwebui.skip=true}) leaves it out.
 */
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static ServiceProcess console;
    private static Path root;
    /** A county of its own (the other cross-service tests register schools in the demo county). */
    static final String COUNTY = "370687";
    private static ConsoleSeed seed;
    private static ConsoleSeed.Seeded seeded;
    private static double seedSeconds;

    @BeforeAll
    static void startConsole() throws IOException, InterruptedException {
        // an assumption, not a pass: .ci/run installs Chromium; a machine without it cannot run this test
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium");
        assumeTrue(Boolean.parseBoolean(System.getProperty("console.browser-tests", "true")), "left out with -Dconsole.browser-tests=false");
        root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        CrossServicePlatform platform = CrossServicePlatform.get();
        var endpoints = platform.endpoints();
        console = new ServiceProcess("console", root.resolve("console/target/quarkus-app/quarkus-run.jar"), Ports.free(),
                Map.of("console.routes.quota.url", endpoints.quota(),
                        "console.routes.post.url", endpoints.post(),
                        "console.routes.recruitment.url", endpoints.recruitment(),
                        "console.routes.rotation.url", endpoints.rotation(),
                        "console.routes.audit.url", endpoints.audit(),
                        "console.keycloak.url", endpoints.keycloak()),
                root.resolve("platform-e2e/target/e2e/logs/console.log")).start();
        // just what the flows need, in a county of its own: the other cross-service tests use the demo county
        CountyModel county = CountyGenerator.generate(Demo.SEED, CountyGenerator.Scale.SMALL, COUNTY);
        Api api = new Api(endpoints, CrossServicePlatform.PASSWORD);
        RealmUsers realm = new RealmUsers(api.http(), endpoints.keycloak(), "admin", "admin", CrossServicePlatform.PASSWORD);
        seed = new ConsoleSeed(api, realm, county, new Progress(System.out));
        long seedStarted = System.nanoTime();
        seeded = seed.seed();
        seedSeconds = (System.nanoTime() - seedStarted) / 1e9;
        console.awaitReady(Duration.ofMinutes(2));
        ConsoleOrigin.allow(endpoints.keycloak(), console.url());
    }

    @AfterAll
    static void stopConsole() {
        if (console != null) {
            console.stop();
        }
    }

    @Test
    void eachDemoUserDoesTheirFlowInTheBrowser() throws Exception {
        Path screenshots = root.resolve("platform-e2e/target/console-screenshots");
        long started = System.nanoTime();
        List<String> lines = new ArrayList<>();
        // the staffing office rejects version 1 among the other flows; the bureau resubmits; then it approves version 2
        int first = flows(screenshots, "", lines);
        assertThat(first).as(String.join("\n", lines)).isZero();
        seed.resubmit();
        int second = flows(screenshots, "staffing-office-approve", lines);
        System.out.printf("Console browser flows: %.0f s (seed %.0f s before); staffing office dashboard usable after %s ms from the menu, %s ms"
                        + " on a cold load of its address (silent login included); first load %s KB of JavaScript gzipped%n",
                (System.nanoTime() - started) / 1e9, seedSeconds, figure(lines, "dashboardMs"), figure(lines, "dashboardColdMs"),
                figure(lines, "firstLoadJsGzipKB"));
        assertThat(first).as(String.join("\n", lines)).isZero();
        assertThat(second).as(String.join("\n", lines)).isZero();
        try (var files = Files.list(screenshots)) {
            assertThat(files.filter(p -> p.toString().endsWith(".png") && !p.toString().endsWith("-failed.png")).count())
                    .isGreaterThanOrEqualTo(12);
        }
        // the newer views' actions, each done against the live services in this run
        for (String done : List.of("bureau-secondment", "bureau-campaign", "school-community-activity", "staffing-office-adjustment",
                "bureau-plan-edit")) {
            assertThat(lines).as(done).anyMatch(l -> l.contains("\"flow\":\"" + done + "\"") && l.contains("\"ok\":true"));
        }
    }

    /** A number the flows script printed as {@code "name":123}. */
    private static String figure(List<String> lines, String name) {
        return lines.stream().filter(l -> l.contains("\"" + name + "\":")).findFirst()
                .map(l -> l.replaceAll(".*\"" + name + "\":(\\d+).*", "$1")).orElse("?");
    }

    /** Runs the flows script (all but the approval, or the named ones); returns its exit code. */
    private static int flows(Path screenshots, String only, List<String> lines) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/console-flows.mjs", console.url(), screenshots.toString())
                .directory(root.resolve("console/src/main/webui").toFile()).redirectErrorStream(true);
        builder.environment().put("CONSOLE_SEED", seeded.json());
        builder.environment().put("CONSOLE_FLOWS", only);
        Process node = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("[console-flows] " + line);
                lines.add(line);
            }
        }
        assertThat(node.waitFor(4, TimeUnit.MINUTES)).isTrue();
        return node.exitValue();
    }
}
