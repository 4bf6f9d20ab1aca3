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
import org.county.staffing.infra.demo.CountyLoader;
import org.county.staffing.infra.demo.CountyUsers;
import org.county.staffing.infra.demo.Demo;
import org.county.staffing.infra.demo.Parallel;
import org.county.staffing.infra.demo.Progress;
import org.county.staffing.infra.demo.RealmUsers;
import org.county.staffing.infra.demo.Timings;
import org.county.staffing.infra.process.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console in headless Debian Chromium: the packaged console in front of the packaged services,
 * a real Keycloak (its own login page), PostgreSQL and Kafka, on a small demo county loaded through
 * the APIs. Each demo user logs in and does their flow; screenshots go to
 * target/console-screenshots, every page is scanned with axe-core, and the staffing office's
 * dashboard time-to-usable is printed.
 */
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static ServiceProcess console;
    private static Path root;

    @BeforeAll
    static void startConsole() throws IOException {
        // an assumption, not a pass: .ci/run installs Chromium; a machine without it cannot run this test
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium");
        assumeTrue(Boolean.parseBoolean(System.getProperty("console.browser-tests", "false")), "run with -Dconsole.browser-tests=true");
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
        // just what the flows need: the small demo county's schools, posts and teachers
        CountyModel county = CountyGenerator.generate(Demo.SEED, CountyGenerator.Scale.SMALL, CountyUsers.DEMO_COUNTY);
        Api api = new Api(endpoints, CrossServicePlatform.PASSWORD);
        try (Parallel parallel = new Parallel(4)) {
            RealmUsers realm = new RealmUsers(api.http(), endpoints.keycloak(), "admin", "admin", CrossServicePlatform.PASSWORD);
            new CountyLoader(api, CountyUsers.of(CountyUsers.DEMO_COUNTY), realm, new Progress(System.out), parallel, new Timings(api))
                    .load(county);
        }
        console.awaitReady(Duration.ofMinutes(2));
    }

    @AfterAll
    static void stopConsole() {
        if (console != null) {
            console.stop();
        }
    }

    @Test
    void eachDemoUserDoesTheirFlowInTheBrowser() throws Exception {
        Path webui = root.resolve("console/src/main/webui");
        Path screenshots = root.resolve("platform-e2e/target/console-screenshots");
        long started = System.nanoTime();
        Process node = new ProcessBuilder("node", "e2e/console-flows.mjs", console.url(), screenshots.toString())
                .directory(webui.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("[console-flows] " + line);
                lines.add(line);
            }
        }
        assertThat(node.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String dashboard = lines.stream().filter(l -> l.contains("\"dashboardMs\"")).findFirst().orElse("");
        System.out.printf("Console browser flows: %.0f s; staffing office dashboard usable after %s ms%n",
                (System.nanoTime() - started) / 1e9, dashboard.replaceAll(".*\"dashboardMs\":(\\d+).*", "$1"));
        assertThat(node.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(Files.list(screenshots).filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(6);
    }
}
