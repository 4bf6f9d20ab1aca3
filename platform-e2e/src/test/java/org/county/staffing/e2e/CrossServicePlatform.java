package org.county.staffing.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.county.staffing.infra.demo.Endpoints;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.infra.Ports;
import org.county.staffing.infra.keycloak.KeycloakServer;
import org.county.staffing.infra.process.ServiceProcess;
import org.county.staffing.infra.testing.TestServers;

/**
 * The whole platform for the cross-service tests, started once per test JVM: one real PostgreSQL
 * (a database per service) and one real Kafka broker in this JVM, a real Keycloak with the
 * county realm, and the five services' packaged jars as their own JVMs.
 */
public final class CrossServicePlatform implements PlatformDatabases {

    public static final String PASSWORD = "demo";
    /** How long Keycloak and each service may take to start; a loaded machine needs more (-De2e.start-timeout=PT12M). */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("e2e.start-timeout", "PT5M"));
    private static CrossServicePlatform instance;
    private static Exception startFailure;

    private final Path root;
    private volatile KeycloakServer keycloak;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** Each service's settings as started, for a restart with some of them changed. */
    private final Map<String, Map<String, String>> settings = new LinkedHashMap<>();

    private CrossServicePlatform(Path root) throws IOException {
        this.root = root;
        Path work = root.resolve("platform-e2e/target/e2e");
        TestServers.ensureStarted();
        // registered before anything starts: a test JVM ended midway leaves no server behind
        Thread stopHook = new Thread(this::stopAll, "e2e-platform-stop");
        Runtime.getRuntime().addShutdownHook(stopHook);
        int keycloakPort = Ports.free();
        CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(() -> {
            try {
                Path home = KeycloakServer.install(
                        root.resolve("platform-infra/target/keycloak/keycloak-quarkus-dist-" + KeycloakServer.VERSION + ".zip"),
                        work.resolve("keycloak-" + KeycloakServer.VERSION));
                return KeycloakServer.start(home, root.resolve("deploy/keycloak/county-realm.json"), keycloakPort,
                        work.resolve("logs/keycloak.log"), START_TIMEOUT);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            for (String name : List.of("quota", "post", "recruitment", "rotation", "audit")) {
                String jdbcUrl = TestServers.database(name);
                settings.put(name, withBehaviour(name, Map.of("quarkus.datasource.jdbc.url", jdbcUrl,
                        "quarkus.datasource.username", name,
                        "quarkus.datasource.password", name,
                        "kafka.bootstrap.servers", TestServers.kafkaBootstrapServers(),
                        "quarkus.oidc.auth-server-url", KeycloakServer.issuer(keycloakPort),
                        "quarkus.oidc.connection-delay", "5M",
                        // five JVMs migrate at once on a loaded machine: Flyway's first connection may take long
                        "quarkus.datasource.jdbc.acquisition-timeout", "30S")));
                services.put(name, process(name, Ports.free(), settings.get(name)));
            }
            // the services wait for Keycloak's discovery document (connection delay) while it boots
            for (ServiceProcess service : services.values()) {
                service.start();
            }
            keycloak = keycloakStart.join();
            for (ServiceProcess service : services.values()) {
                service.awaitReady(START_TIMEOUT);
            }
        } catch (RuntimeException | IOException | Error e) {
            // whatever did start is stopped now, not at the JVM's exit: no orphan outlives a failed start
            try {
                keycloak = keycloakStart.join();
            } catch (RuntimeException keycloakFailed) {
                // the same failure when Keycloak itself did not start: a throwable cannot suppress itself
                if (keycloakFailed != e && keycloakFailed.getCause() != e.getCause()) {
                    e.addSuppressed(keycloakFailed);
                }
            }
            stopAll();
            try {
                Runtime.getRuntime().removeShutdownHook(stopHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway and finds nothing left to stop
            }
            throw e;
        }
    }

    /**
     * A service's connection settings with what the cross-service tests pin of its behaviour, whatever
     * the defaults: the plan's moves are carried out by their form (assignments, competitions, pairs).
     */
    public static Map<String, String> withBehaviour(String service, Map<String, String> connections) {
        Map<String, String> settings = new LinkedHashMap<>(connections);
        if (service.equals("recruitment")) {
            settings.put("recruitment.plan.carry-out-forms", "true");
        }
        pinnedDate().ifPresent(date -> settings.put(PINNED_DATE, date));
        return settings;
    }

    /**
     * {@code -Dplatform.clock.fixed=2027-08-15} runs the cross-service tests on that day: every service
     * started here and the cycle's own clock ({@link #clock()}) read it, so a run shows that no test
     * depends on the month it runs in. Unset, they run on the system's clock.
     */
    public static final String PINNED_DATE = "platform.clock.fixed";

    static Optional<String> pinnedDate() {
        return Optional.ofNullable(System.getProperty(PINNED_DATE)).filter(s -> !s.isBlank());
    }

    /** The clock the tests' cycle dates its requests by: the services' own, pinned or not. */
    public static Clock clock() {
        return new PlatformClock(PlatformClock.DEFAULT_ZONE, pinnedDate()).clock();
    }

    public static synchronized CrossServicePlatform get() {
        if (startFailure != null) {
            // one failed start per test JVM: the other test classes fail at once instead of starting it all again
            throw new IllegalStateException("the cross-service platform failed to start", startFailure);
        }
        if (instance == null) {
            try {
                instance = new CrossServicePlatform(Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize());
            } catch (IOException | RuntimeException e) {
                startFailure = e;
                throw new IllegalStateException("the cross-service platform failed to start", e);
            }
        }
        return instance;
    }

    public ServiceProcess service(String shortName) {
        return services.get(shortName);
    }

    public String url(String shortName) {
        return services.get(shortName).url();
    }

    /** A real access token of a demo user of the county realm. */
    public String token(String username) {
        return keycloak.token(username, PASSWORD);
    }

    @Override
    public String jdbcUrl(String database) {
        return TestServers.database(database);
    }

    /** Runs a count query against one service's own database. */
    @Override
    public long count(String database, String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(TestServers.database(database), database, database);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String string(String database, String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(TestServers.database(database), database, database);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The services' and Keycloak's addresses, for the demo's REST client. */
    public Endpoints endpoints() {
        return new Endpoints(url("quota"), url("post"), url("recruitment"), url("rotation"), url("audit"),
                "http://localhost:" + keycloak.port());
    }

    private ServiceProcess process(String name, int port, Map<String, String> config) {
        return new ServiceProcess(name + "-service", root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar"), port, config,
                root.resolve("platform-e2e/target/e2e/logs/" + name + "-service.log"));
    }

    /**
     * Stops a service and starts it again on its port with some settings changed (e.g. its clock
     * moved on with {@code platform.clock.fixed}), or as started when {@code changed} is empty;
     * returns once it is ready.
     */
    public synchronized void restartWith(String shortName, Map<String, String> changed) {
        ServiceProcess running = services.get(shortName);
        running.stop();
        Map<String, String> config = new LinkedHashMap<>(settings.get(shortName));
        config.putAll(changed);
        ServiceProcess next = process(shortName, running.port(), config);
        services.put(shortName, next);
        try {
            next.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        next.awaitReady(Duration.ofMinutes(3));
    }

    /** SIGKILLs a service and starts it again on its port; returns once it is ready. */
    public void killAndRestart(String shortName) {
        ServiceProcess service = services.get(shortName);
        service.kill();
        try {
            service.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        service.awaitReady(Duration.ofMinutes(3));
    }

    /**
     * Every table of every service's database with its row count and a digest of its whole
     * content: two equal fingerprints mean nothing was written anywhere in between.
     */
    public Map<String, String> fingerprint() {
        Map<String, String> tables = new TreeMap<>();
        for (String database : List.of("quota", "post", "recruitment", "rotation", "audit")) {
            for (String table : strings(database, "select tablename from pg_tables where schemaname = 'public' order by 1")) {
                Map<String, Object> row = rows(database, "select count(*) as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from \""
                        + table + "\" t").get(0);
                tables.put(database + "." + table, row.get("n") + " rows, " + row.get("digest"));
            }
        }
        return tables;
    }

    @Override
    public String kafkaBootstrapServers() {
        return TestServers.kafkaBootstrapServers();
    }

    private synchronized void stopAll() {
        services.values().parallelStream().forEach(ServiceProcess::stop);
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }
}
