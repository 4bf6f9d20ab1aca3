package org.county.staffing.infra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.county.staffing.infra.Ports;
import org.county.staffing.infra.keycloak.KeycloakServer;
import org.county.staffing.infra.postgres.PostgresServer;
import org.county.staffing.infra.process.ManagedProcess;

/**
 * The local platform: real PostgreSQL (one database per service), a real KRaft Kafka broker in its
 * own JVM, Keycloak with the county realm, and the five services. {@code up} starts what is not
 * running and waits until every health check is UP; {@code down} stops exactly the processes it
 * started, by PID; {@code status} tells what runs. State lives under {@code .platform/}: a second
 * {@code up} reuses the data.
 */
public final class Platform {

    public static final int POSTGRES_PORT = 5432;
    public static final int KAFKA_PORT = 9092;
    public static final int KAFKA_CONTROLLER_PORT = 9093;
    public static final int KEYCLOAK_PORT = 8180;
    public static final String KEYCLOAK_VERSION = KeycloakServer.VERSION;
    public static final List<String> TOPICS = List.of("quota.events", "post.events", "recruitment.events", "rotation.events");

    /** name, port, database. */
    public record Service(String name, int port, String database) {
        public String url() {
            return "http://localhost:" + port;
        }
    }

    public static final List<Service> SERVICES = List.of(
            new Service("quota-service", 8081, "quota"),
            new Service("post-service", 8082, "post"),
            new Service("recruitment-service", 8083, "recruitment"),
            new Service("rotation-service", 8084, "rotation"),
            new Service("audit-service", 8085, "audit"));

    /** The departments' web console: serves the SPA and forwards /api/... to the services; no database. */
    public static final Service CONSOLE = new Service("console", 8080, null);

    public static final Map<String, String> DEMO_USERS = demoUsers();

    private final Path root;
    private final Path home;
    private final Path logs;
    private final Path run;
    private final long startedAt = System.nanoTime();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public Platform(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.home = this.root.resolve(".platform");
        this.logs = home.resolve("logs");
        this.run = home.resolve("run");
    }

    public static void main(String[] args) throws Exception {
        Platform platform = new Platform(Path.of(System.getProperty("platform.root", ".")));
        String command = args.length == 0 ? "status" : args[0];
        switch (command) {
            case "up" -> platform.up();
            case "down" -> platform.down();
            case "status" -> platform.status();
            case "stop" -> platform.stop(args.length > 1 ? args[1] : "");
            case "demo" -> platform.demo(java.util.Arrays.copyOfRange(args, 1, args.length));
            default -> {
                System.err.println("usage: platform up|down|status|stop <component>|demo [--small]");
                System.exit(2);
            }
        }
    }

    public void up() throws Exception {
        Files.createDirectories(logs);
        Files.createDirectories(run);
        say("Starting the county staffing platform (state in " + home + ", logs in " + logs + ")");

        CompletableFuture<Void> postgres = CompletableFuture.runAsync(this::startPostgres);
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(this::startKafka);
        CompletableFuture<Void> keycloak = CompletableFuture.runAsync(this::startKeycloak);
        CompletableFuture.allOf(postgres, kafka).join();
        // the services retry their OIDC discovery until Keycloak is up, so they start meanwhile
        for (Service service : SERVICES) {
            startService(service);
        }
        startService(CONSOLE);
        keycloak.join();
        for (Service service : SERVICES) {
            await(service.name(), Duration.ofMinutes(4), () -> ready(service));
        }
        await(CONSOLE.name(), Duration.ofMinutes(2), () -> ready(CONSOLE));
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        say(String.format("Platform UP in %.0f s", seconds));
        printSummary();
    }

    /**
     * {@code up}, then the seeded county loaded through the services' APIs (what is missing of it)
     * and one school year's cycle run; prints the report and writes it under {@code .platform/reports}.
     */
    public void demo(String[] args) throws Exception {
        up();
        double upSeconds = (System.nanoTime() - startedAt) / 1e9;
        org.county.staffing.infra.demo.Demo demo = new org.county.staffing.infra.demo.Demo(root,
                org.county.staffing.infra.demo.Endpoints.local(), new org.county.staffing.infra.demo.Progress(System.out));
        String built = System.getenv("PLATFORM_BUILD_SECONDS");
        if (built != null && !built.isBlank()) {
            demo.timings().record("build (./mvnw package)", Double.parseDouble(built));
        }
        demo.timings().record("platform up (PostgreSQL, Kafka, Keycloak, 5 services)", upSeconds);
        demo.run(org.county.staffing.infra.demo.Demo.county(args), org.county.staffing.infra.demo.Demo.scale(args));
        printConsole();
        double total = (System.nanoTime() - startedAt) / 1e9 + (built == null || built.isBlank() ? 0 : Double.parseDouble(built));
        say(String.format("Demo done in %.0f s (%.0f s with the build). The platform keeps running: ./platform down stops it.",
                (System.nanoTime() - startedAt) / 1e9, total));
    }

    public void down() {
        List<String> stopped = java.util.Collections.synchronizedList(new ArrayList<>());
        // services first (they hold connections), then the servers they use, PostgreSQL last
        stopAll(List.of(CONSOLE.name()), stopped);
        stopAll(SERVICES.stream().map(Service::name).toList(), stopped);
        stopAll(List.of("keycloak", "kafka"), stopped);
        stopAll(List.of("postgres"), stopped);
        say(stopped.isEmpty() ? "Nothing of the platform was running." : "Stopped " + String.join(", ", stopped) + ".");
    }

    private void stopAll(List<String> names, List<String> stopped) {
        CompletableFuture.allOf(names.stream()
                .map(name -> CompletableFuture.runAsync(() -> {
                    if (process(name).stop(Duration.ofSeconds(30))) {
                        stopped.add(name);
                    }
                }))
                .toArray(CompletableFuture[]::new)).join();
    }

    /** Stops one component (e.g. a service, to run it in dev mode instead); {@code up} starts it again. */
    public void stop(String name) {
        List<String> known = new ArrayList<>(List.of("postgres", "kafka", "keycloak"));
        SERVICES.forEach(s -> known.add(s.name()));
        known.add(CONSOLE.name());
        if (!known.contains(name)) {
            System.err.println("unknown component '" + name + "'; one of " + known);
            System.exit(2);
        }
        say(process(name).stop(Duration.ofSeconds(30)) ? "Stopped " + name + "." : name + " was not running.");
    }

    public void status() {
        row("postgres", process("postgres").running().isPresent(), "jdbc:postgresql://localhost:" + POSTGRES_PORT);
        row("kafka", process("kafka").running().isPresent(), "localhost:" + KAFKA_PORT);
        row("keycloak", process("keycloak").running().isPresent() && keycloakReady(), "http://localhost:" + KEYCLOAK_PORT);
        for (Service service : SERVICES) {
            row(service.name(), process(service.name()).running().isPresent() && ready(service), service.url());
        }
        row(CONSOLE.name(), process(CONSOLE.name()).running().isPresent() && ready(CONSOLE), CONSOLE.url());
    }

    // --- PostgreSQL

    private void startPostgres() {
        ManagedProcess postgres = process("postgres");
        Path dataDir = home.resolve("data/postgres");
        try {
            if (postgres.running().isEmpty()) {
                if (Ports.isOpen(POSTGRES_PORT)) {
                    throw new IllegalStateException("port " + POSTGRES_PORT + " is taken by a PostgreSQL this launcher did not start");
                }
                say("postgres: starting on port " + POSTGRES_PORT);
                PostgresServer server = PostgresServer.start(dataDir, POSTGRES_PORT, false, false);
                postgres.adopt(server.postmasterPid().orElseThrow());
            }
            for (Service service : SERVICES) {
                org.county.staffing.infra.postgres.PostgresAdmin.ensureDatabase(POSTGRES_PORT, service.database(),
                        service.database(), service.database());
            }
            say("postgres: ready, databases " + SERVICES.stream().map(Service::database).toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- Kafka

    private void startKafka() {
        ManagedProcess kafka = process("kafka");
        try {
            if (kafka.running().isEmpty()) {
                if (Ports.isOpen(KAFKA_PORT)) {
                    throw new IllegalStateException("port " + KAFKA_PORT + " is taken by a broker this launcher did not start");
                }
                say("kafka: starting a KRaft broker on port " + KAFKA_PORT);
                List<String> command = new ArrayList<>(List.of(java(), "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1", "-Dlog4j2.configurationFile=classpath:kafka-log4j2.properties",
                        "-cp", launcherClasspath(), "org.county.staffing.infra.kafka.KafkaServerMain",
                        home.resolve("data/kafka").toString(), Integer.toString(KAFKA_PORT), Integer.toString(KAFKA_CONTROLLER_PORT)));
                command.addAll(TOPICS);
                kafka.start(command, Map.of(), root, logs.resolve("kafka.log"));
            }
            await("kafka", Duration.ofMinutes(2), () -> {
                if (kafka.running().isEmpty()) {
                    throw new IllegalStateException("the Kafka broker exited; see " + logs.resolve("kafka.log"));
                }
                return Ports.isOpen(KAFKA_PORT);
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- Keycloak

    private void startKeycloak() {
        ManagedProcess keycloak = process("keycloak");
        try {
            if (keycloak.running().isEmpty()) {
                if (Ports.isOpen(KEYCLOAK_PORT)) {
                    throw new IllegalStateException("port " + KEYCLOAK_PORT + " is taken by a server this launcher did not start");
                }
                Path kcHome = ensureKeycloakInstalled(home.resolve("keycloak-" + KEYCLOAK_VERSION));
                Path importDir = kcHome.resolve("data/import");
                Files.createDirectories(importDir);
                Files.copy(root.resolve("deploy/keycloak/county-realm.json"), importDir.resolve("county-realm.json"),
                        StandardCopyOption.REPLACE_EXISTING);
                say("keycloak: starting " + KEYCLOAK_VERSION + " on port " + KEYCLOAK_PORT + " (the first start builds and imports the realm, about a minute)");
                keycloak.start(KeycloakServer.command(kcHome, KEYCLOAK_PORT), KeycloakServer.environment(), kcHome, logs.resolve("keycloak.log"));
            }
            await("keycloak", Duration.ofMinutes(5), () -> {
                if (keycloak.running().isEmpty()) {
                    throw new IllegalStateException("Keycloak exited; see " + logs.resolve("keycloak.log"));
                }
                return keycloakReady();
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks the distribution the build resolved from Maven Central, once. */
    public Path ensureKeycloakInstalled(Path target) throws IOException {
        if (!Files.isExecutable(target.resolve("bin/kc.sh"))) {
            say("keycloak: unpacking the distribution");
        }
        return KeycloakServer.install(root.resolve("platform-infra/target/keycloak/keycloak-quarkus-dist-" + KEYCLOAK_VERSION + ".zip"), target);
    }

    private boolean keycloakReady() {
        return httpOk("http://localhost:" + KEYCLOAK_PORT + "/realms/county/.well-known/openid-configuration");
    }

    // --- services

    private void startService(Service service) {
        ManagedProcess process = process(service.name());
        if (process.running().isPresent()) {
            return;
        }
        Path jar = root.resolve(service.name() + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw package -DskipTests)");
        }
        if (Ports.isOpen(service.port())) {
            throw new IllegalStateException("port " + service.port() + " is taken: " + service.name() + " cannot start");
        }
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(System.getenv().getOrDefault("PLATFORM_SERVICE_JAVA_OPTS",
                "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1").split("\\s+")));
        command.addAll(List.of("-Dquarkus.oidc.connection-delay=5M", "-jar", jar.toString()));
        try {
            process.start(command, Map.of(), root.resolve(service.name()), logs.resolve(service.name() + ".log"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        say(service.name() + ": starting on port " + service.port());
    }

    private boolean ready(Service service) {
        if (process(service.name()).running().isEmpty()) {
            throw new IllegalStateException(service.name() + " exited; see " + logs.resolve(service.name() + ".log"));
        }
        return httpOk(service.url() + "/q/health/ready");
    }

    // --- helpers

    private ManagedProcess process(String name) {
        return new ManagedProcess(run, name);
    }

    private boolean httpOk(String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void await(String what, Duration timeout, BooleanSupplier ready) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextReport = start + Duration.ofSeconds(10).toNanos();
        while (!ready.getAsBoolean()) {
            long now = System.nanoTime();
            if (now > deadline) {
                throw new IllegalStateException(what + " was not ready after " + timeout.toSeconds() + " s; see " + logs);
            }
            if (now > nextReport) {
                say(what + ": still starting (" + (now - start) / 1_000_000_000 + " s)");
                nextReport = now + Duration.ofSeconds(10).toNanos();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        say(what + ": UP");
    }

    private String launcherClasspath() throws IOException {
        Path file = root.resolve("platform-infra/target/launcher-classpath.txt");
        return root.resolve("platform-infra/target/classes") + ":" + Files.readString(file).trim();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void printSummary() {
        System.out.println();
        System.out.println("  Keycloak       http://localhost:" + KEYCLOAK_PORT + "  (admin/admin; realm county)");
        System.out.println("  Kafka          localhost:" + KAFKA_PORT + "  topics " + String.join(", ", TOPICS));
        System.out.println("  PostgreSQL     localhost:" + POSTGRES_PORT + "  databases quota, post, recruitment, rotation, audit (user = password = database)");
        for (Service service : SERVICES) {
            System.out.printf("  %-14s %s  (OpenAPI %s/q/openapi, health %s/q/health, metrics %s/q/metrics)%n",
                    service.name(), service.url(), service.url(), service.url(), service.url());
        }
        printConsole();
        System.out.println("  Logs: " + logs + "    Stop: ./platform down");
    }

    /** The console's address and who can log in to it: the last thing {@code up} and {@code demo} print. */
    private void printConsole() {
        System.out.println();
        System.out.println("  Console (web, zh-CN)  " + CONSOLE.url() + "  -- open it in a browser and log in as a demo user");
        System.out.println("  Demo users (password: demo), also for tokens from the public client county-console:");
        DEMO_USERS.forEach((user, what) -> System.out.printf("    %-11s %s%n", user, what));
        System.out.println();
    }

    private static Map<String, String> demoUsers() {
        Map<String, String> users = new LinkedHashMap<>();
        users.put("bianban", "staffing-office (編辦)");
        users.put("renshe", "hr (人社)");
        users.put("jiaoyuju", "education-bureau (教育局)");
        users.put("xiaozhang1", "school, school_id 1370683001");
        users.put("xiaozhang2", "school, school_id 1370683040");
        users.put("laoshi", "teacher, teacher_id 7e0d3f52-9a1c-4c1e-8d4e-000000000001");
        users.put("jijian", "auditor (紀檢)");
        return users;
    }

    private static void row(String name, boolean up, String where) {
        System.out.printf("  %-20s %-5s %s%n", name, up ? "UP" : "DOWN", where);
    }

    private void say(String message) {
        System.out.printf("[%5.1fs] %s%n", (System.nanoTime() - startedAt) / 1e9, message);
        System.out.flush();
    }
}
