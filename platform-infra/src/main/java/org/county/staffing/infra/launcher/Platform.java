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
 *
 * <p>{@code --instances N} runs N instances of every service (instance k on the service's port
 * plus 10 (k - 1)), sharing the service's database and consumer group; {@code --brokers 3} runs
 * a replicated KRaft cluster of three broker+controller nodes instead of the single broker, with
 * every topic created explicitly (replication factor 3, {@code min.insync.replicas} 2).
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

    /**
     * The services' JVM flags (environment {@code PLATFORM_SERVICE_JAVA_OPTS} replaces them). Both JIT
     * compilers, as a production JVM runs: C1 alone ({@code -XX:TieredStopAtLevel=1}) halves the build's
     * and the tests' time, but a warm service serves with C2's code, whose intrinsics the token's
     * signature check (big-integer arithmetic) relies on. README "The read path" has what was measured.
     */
    public static final String SERVICE_JAVA_OPTIONS = "-Xms128m -Xmx384m -XX:+UseSerialGC";

    public static String serviceJavaOptions() {
        return System.getenv().getOrDefault("PLATFORM_SERVICE_JAVA_OPTS", SERVICE_JAVA_OPTIONS);
    }

    /** Instance k of a service listens on the service's port plus this times (k - 1). */
    public static final int INSTANCE_PORT_STEP = 10;
    public static final int MAX_INSTANCES = 9;
    /** Partitions of each event topic in the replicated cluster: up to six instances share a topic's work. */
    public static final int CLUSTER_PARTITIONS = 6;

    private final Path root;
    private final Path home;
    private final Path logs;
    private final Path run;
    private final long startedAt = System.nanoTime();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int instances = 1;
    private int brokers = 1;
    private String serviceJavaOptions = serviceJavaOptions();

    public Platform(Path root) {
        this(root, root.toAbsolutePath().normalize().resolve(".platform"));
    }

    /** A platform whose state (databases, broker log, Keycloak, PIDs, logs) lives in {@code home}. */
    public Platform(Path root, Path home) {
        this.root = root.toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
        this.logs = this.home.resolve("logs");
        this.run = this.home.resolve("run");
    }

    public static void main(String[] args) throws Exception {
        Platform platform = new Platform(Path.of(System.getProperty("platform.root", ".")));
        String command = args.length == 0 ? "status" : args[0];
        List<String> rest = new ArrayList<>(List.of(args).subList(Math.min(1, args.length), args.length));
        try {
            platform.instances = option(rest, "--instances", System.getenv().getOrDefault("PLATFORM_INSTANCES", "1"), 1, MAX_INSTANCES);
            platform.brokers = option(rest, "--brokers", System.getenv().getOrDefault("PLATFORM_BROKERS", "1"), 1, 3);
            if (platform.brokers == 2) {
                throw new IllegalArgumentException("--brokers is 1 or 3: a quorum of two controllers stops when either does");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        switch (command) {
            case "up" -> platform.up();
            case "down" -> platform.down();
            case "status" -> platform.status();
            case "stop" -> platform.stop(rest.isEmpty() ? "" : rest.get(0));
            case "demo" -> platform.demo(rest.toArray(String[]::new));
            default -> {
                System.err.println("usage: platform up|down|status|stop <component>|demo [--small] [--counties N]  [--instances N] [--brokers 1|3]");
                System.exit(2);
            }
        }
    }

    /** Removes {@code --name N} or {@code --name=N} from the arguments and returns N (within bounds). */
    static int option(List<String> args, String name, String fallback, int min, int max) {
        String value = fallback;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                value = args.remove(i + 1);
                args.remove(i);
                break;
            }
            if (args.get(i).startsWith(name + "=")) {
                value = args.remove(i).substring(name.length() + 1);
                break;
            }
        }
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number from " + min + " to " + max + ", not '" + value + "'");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " takes a whole number from " + min + " to " + max + ", not " + n);
        }
        return n;
    }

    /** One running copy of a service: the first keeps the service's name and port. */
    public record Instance(Service service, int number) {
        public String name() {
            return number == 1 ? service.name() : service.name() + "-" + number;
        }

        public int port() {
            return service.port() + INSTANCE_PORT_STEP * (number - 1);
        }

        public String url() {
            return "http://localhost:" + port();
        }
    }

    public static List<Instance> instances(Service service, int count) {
        List<Instance> list = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            list.add(new Instance(service, k));
        }
        return list;
    }

    /** The JVM flags of the services this platform starts from now on. */
    public void useServiceJavaOptions(String options) {
        this.serviceJavaOptions = options;
    }

    /** Stops the services (not the servers they use), by PID; {@code up} starts them again. */
    public void stopServices() {
        List<String> stopped = java.util.Collections.synchronizedList(new ArrayList<>());
        stopAll(SERVICES.stream().flatMap(s -> instances(s, MAX_INSTANCES).stream()).map(Instance::name).toList(), stopped);
        say("Stopped " + String.join(", ", stopped) + ".");
    }

    public void up() throws Exception {
        Files.createDirectories(logs);
        Files.createDirectories(run);
        say("Starting the county staffing platform (state in " + home + ", logs in " + logs + ")");

        CompletableFuture<Void> postgres = CompletableFuture.runAsync(this::startPostgres);
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(brokers > 1 ? this::startKafkaCluster : this::startKafka);
        CompletableFuture<Void> keycloak = CompletableFuture.runAsync(this::startKeycloak);
        CompletableFuture.allOf(postgres, kafka).join();
        // the services retry their OIDC discovery until Keycloak is up, so they start meanwhile
        for (Service service : SERVICES) {
            for (Instance instance : instances(service, instances)) {
                startService(instance);
            }
        }
        startService(new Instance(CONSOLE, 1));
        keycloak.join();
        for (Service service : SERVICES) {
            for (Instance instance : instances(service, instances)) {
                await(instance.name(), Duration.ofMinutes(4), () -> ready(instance));
            }
        }
        await(CONSOLE.name(), Duration.ofMinutes(2), () -> ready(new Instance(CONSOLE, 1)));
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        say(String.format("Platform UP in %.0f s", seconds));
        printSummary();
    }

    /**
     * {@code up}, then the seeded county loaded through the services' APIs (what is missing of it)
     * and one school year's cycle run; prints the report and writes it under {@code .platform/reports}.
     * {@code --counties N}: a province of N generated counties, with a province page.
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
        demo.run(args);
        printConsole();
        double total = (System.nanoTime() - startedAt) / 1e9 + (built == null || built.isBlank() ? 0 : Double.parseDouble(built));
        say(String.format("Demo done in %.0f s (%.0f s with the build). The platform keeps running: ./platform down stops it.",
                (System.nanoTime() - startedAt) / 1e9, total));
    }

    public void down() {
        List<String> stopped = java.util.Collections.synchronizedList(new ArrayList<>());
        // services first (they hold connections), then the servers they use, PostgreSQL last
        stopAll(List.of(CONSOLE.name()), stopped);
        stopAll(SERVICES.stream().flatMap(s -> instances(s, MAX_INSTANCES).stream()).map(Instance::name).toList(), stopped);
        List<String> servers = new ArrayList<>(List.of("keycloak", "kafka"));
        for (int node = 1; node <= 3; node++) {
            servers.add(kafkaNode(node));
        }
        stopAll(servers, stopped);
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
        List<String> known = new ArrayList<>(List.of("postgres", "kafka", kafkaNode(1), kafkaNode(2), kafkaNode(3), "keycloak"));
        SERVICES.forEach(s -> instances(s, MAX_INSTANCES).forEach(i -> known.add(i.name())));
        known.add(CONSOLE.name());
        if (!known.contains(name)) {
            System.err.println("unknown component '" + name + "'; one of " + known);
            System.exit(2);
        }
        say(process(name).stop(Duration.ofSeconds(30)) ? "Stopped " + name + "." : name + " was not running.");
    }

    public void status() {
        row("postgres", process("postgres").running().isPresent(), "jdbc:postgresql://localhost:" + POSTGRES_PORT);
        if (clusterRunning()) {
            for (int node = 1; node <= 3; node++) {
                row(kafkaNode(node), process(kafkaNode(node)).running().isPresent(), "localhost:" + kafkaNodePorts(node)[0]);
            }
        } else {
            row("kafka", process("kafka").running().isPresent(), "localhost:" + KAFKA_PORT);
        }
        row("keycloak", process("keycloak").running().isPresent() && keycloakReady(), "http://localhost:" + KEYCLOAK_PORT);
        for (Service service : SERVICES) {
            for (Instance instance : instances(service, MAX_INSTANCES)) {
                boolean running = process(instance.name()).running().isPresent();
                if (instance.number() == 1 || running) {
                    row(instance.name(), running && ready(instance), instance.url());
                }
            }
        }
        Instance console = new Instance(CONSOLE, 1);
        row(CONSOLE.name(), process(CONSOLE.name()).running().isPresent() && ready(console), CONSOLE.url());
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

    // --- Kafka, replicated: three broker+controller nodes, each its own JVM

    static String kafkaNode(int node) {
        return "kafka-" + node;
    }

    /** {broker port, controller port} of a node: 9092/9093, 9094/9095, 9096/9097. */
    static int[] kafkaNodePorts(int node) {
        return new int[] {KAFKA_PORT + 2 * (node - 1), KAFKA_CONTROLLER_PORT + 2 * (node - 1)};
    }

    private boolean clusterRunning() {
        return process(kafkaNode(1)).running().isPresent() || process(kafkaNode(2)).running().isPresent()
                || process(kafkaNode(3)).running().isPresent();
    }

    /** What the services are given: every node of the cluster when it runs, else the single broker. */
    private String kafkaBootstrapServers() {
        if (!clusterRunning()) {
            return "localhost:" + KAFKA_PORT;
        }
        List<String> nodes = new ArrayList<>();
        for (int node = 1; node <= 3; node++) {
            nodes.add("localhost:" + kafkaNodePorts(node)[0]);
        }
        return String.join(",", nodes);
    }

    private void startKafkaCluster() {
        if (process("kafka").running().isPresent()) {
            throw new IllegalStateException("the single Kafka broker runs: ./platform down first, then up --brokers 3");
        }
        Path data = home.resolve("data/kafka-cluster");
        try {
            Files.createDirectories(data);
            Path idFile = data.resolve("cluster-id");
            if (!Files.exists(idFile)) {
                Files.writeString(idFile, org.apache.kafka.common.Uuid.randomUuid().toString());
            }
            String clusterId = Files.readString(idFile).trim();
            List<String> voters = new ArrayList<>();
            for (int node = 1; node <= 3; node++) {
                voters.add(node + "@127.0.0.1:" + kafkaNodePorts(node)[1]);
            }
            for (int node = 1; node <= 3; node++) {
                ManagedProcess process = process(kafkaNode(node));
                if (process.running().isPresent()) {
                    continue;
                }
                int[] ports = kafkaNodePorts(node);
                if (Ports.isOpen(ports[0])) {
                    throw new IllegalStateException("port " + ports[0] + " is taken by a broker this launcher did not start");
                }
                say(kafkaNode(node) + ": starting a KRaft broker+controller on port " + ports[0]);
                process.start(List.of(java(), "-Xms128m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Dlog4j2.configurationFile=classpath:kafka-log4j2.properties", "-cp", launcherClasspath(),
                        "org.county.staffing.infra.kafka.KafkaNodeMain", data.resolve("node-" + node).toString(),
                        Integer.toString(node), Integer.toString(ports[0]), Integer.toString(ports[1]), String.join(",", voters),
                        "3", clusterId), Map.of(), root, logs.resolve(kafkaNode(node) + ".log"));
            }
            for (int node = 1; node <= 3; node++) {
                int n = node;
                await(kafkaNode(node), Duration.ofMinutes(2), () -> {
                    if (process(kafkaNode(n)).running().isEmpty()) {
                        throw new IllegalStateException(kafkaNode(n) + " exited; see " + logs.resolve(kafkaNode(n) + ".log"));
                    }
                    return Ports.isOpen(kafkaNodePorts(n)[0]);
                });
            }
            org.county.staffing.infra.kafka.KafkaCluster.createTopics(kafkaBootstrapServers(),
                    org.county.staffing.infra.kafka.PlatformTopics.all(CLUSTER_PARTITIONS, 2), (short) 3);
            say("kafka: topics " + org.county.staffing.infra.kafka.PlatformTopics.all(CLUSTER_PARTITIONS, 2).stream()
                    .map(org.county.staffing.infra.kafka.PlatformTopics.Topic::name).toList() + " on 3 replicas");
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
            // its first start builds and imports the realm: over 5 minutes on a 2-core machine under load 50
            await("keycloak", Duration.ofMinutes(10), () -> {
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

    private void startService(Instance instance) {
        Service service = instance.service();
        ManagedProcess process = process(instance.name());
        if (process.running().isPresent()) {
            return;
        }
        Path jar = root.resolve(service.name() + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw package -DskipTests)");
        }
        if (Ports.isOpen(instance.port())) {
            throw new IllegalStateException("port " + instance.port() + " is taken: " + instance.name() + " cannot start");
        }
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(serviceJavaOptions.split("\\s+")));
        command.add("-Dquarkus.oidc.connection-delay=5M");
        if (service.database() != null) {
            // instances share the database and the consumer group; the brokers are the single one or the cluster
            command.add("-Dquarkus.http.port=" + instance.port());
            command.add("-Dkafka.bootstrap.servers=" + kafkaBootstrapServers());
        } else if (CONSOLE.equals(service)) {
            // the console spreads each service's requests over all its instances
            for (Service upstream : SERVICES) {
                String route = upstream.name().substring(0, upstream.name().indexOf("-service"));
                command.add("-Dconsole.routes." + route + ".url="
                        + String.join(",", instances(upstream, instances).stream().map(Instance::url).toList()));
            }
        }
        command.addAll(List.of("-jar", jar.toString()));
        try {
            process.start(command, Map.of(), root.resolve(service.name()), logs.resolve(instance.name() + ".log"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        say(instance.name() + ": starting on port " + instance.port());
    }

    private boolean ready(Instance instance) {
        if (process(instance.name()).running().isEmpty()) {
            throw new IllegalStateException(instance.name() + " exited; see " + logs.resolve(instance.name() + ".log"));
        }
        return httpOk(instance.url() + "/q/health/ready");
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
        System.out.println("  Kafka          " + kafkaBootstrapServers() + "  topics " + String.join(", ", TOPICS)
                + (clusterRunning() ? " (3 replicas each) and a dead-letter topic per service" : ""));
        System.out.println("  PostgreSQL     localhost:" + POSTGRES_PORT + "  databases quota, post, recruitment, rotation, audit (user = password = database)");
        for (Service service : SERVICES) {
            System.out.printf("  %-14s %s  (OpenAPI %s/q/openapi, health %s/q/health, metrics %s/q/metrics)%n",
                    service.name(), service.url(), service.url(), service.url(), service.url());
            for (Instance more : instances(service, instances).subList(1, instances)) {
                System.out.printf("  %-14s %s  (instance %d, same database and consumer group)%n", "", more.url(), more.number());
            }
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
