package org.county.staffing.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.county.staffing.infra.demo.Endpoints;

import org.county.staffing.infra.Ports;
import org.county.staffing.infra.keycloak.KeycloakServer;
import org.county.staffing.infra.process.ServiceProcess;
import org.county.staffing.infra.testing.TestServers;

/**
 * The whole platform for the cross-service tests, started once per test JVM: one real PostgreSQL
 * (a database per service) and one real Kafka broker in this JVM, a real Keycloak with the
 * county realm, and the five services' packaged jars as their own JVMs.
 */
public final class CrossServicePlatform {

    public static final String PASSWORD = "demo";
    /** How long Keycloak and each service may take to start; a loaded machine needs more (-De2e.start-timeout=PT12M). */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("e2e.start-timeout", "PT5M"));
    private static CrossServicePlatform instance;
    private static Exception startFailure;

    private final Path root;
    private volatile KeycloakServer keycloak;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

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
                services.put(name, new ServiceProcess(name + "-service",
                        root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar"), Ports.free(),
                        Map.of("quarkus.datasource.jdbc.url", jdbcUrl,
                                "quarkus.datasource.username", name,
                                "quarkus.datasource.password", name,
                                "kafka.bootstrap.servers", TestServers.kafkaBootstrapServers(),
                                "quarkus.oidc.auth-server-url", KeycloakServer.issuer(keycloakPort),
                                "quarkus.oidc.connection-delay", "5M"),
                        work.resolve("logs/" + name + "-service.log")));
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
                e.addSuppressed(keycloakFailed);
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

    /** Runs a count query against one service's own database. */
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

    /** Rows of a query on one service's database, each as column name to value. */
    public List<Map<String, Object>> rows(String database, String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(TestServers.database(database), database, database);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of a query's rows as strings. */
    public List<String> strings(String database, String sql, Object... parameters) {
        return rows(database, sql, parameters).stream().map(r -> String.valueOf(r.values().iterator().next())).toList();
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

    /** The consumer group of each service and the topics it follows (README). */
    public static final Map<String, List<String>> FOLLOWS = Map.of(
            "quota-service", List.of("post.events", "recruitment.events"),
            "post-service", List.of("quota.events", "recruitment.events"),
            "recruitment-service", List.of("quota.events", "post.events", "rotation.events"),
            "rotation-service", List.of("quota.events", "post.events", "recruitment.events"),
            "audit-service", List.of("quota.events", "post.events", "recruitment.events", "rotation.events"));

    /**
     * Waits until every outbox row is published and every service's consumer group has read every
     * topic it follows to its end, twice in a row: then no event is in flight anywhere.
     */
    public void awaitQuiet(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        String busy = "";
        while (quietChecks < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the platform did not settle within " + timeout + ": " + busy);
            }
            busy = inFlight();
            quietChecks = busy.isEmpty() ? quietChecks + 1 : 0;
            sleep(busy.isEmpty() ? 300 : 500);
        }
    }

    /** What is still on its way: unpublished outbox rows and consumer lag, or "" when nothing is. */
    public String inFlight() {
        StringBuilder busy = new StringBuilder();
        for (String database : List.of("quota", "post", "recruitment", "rotation")) {
            long pending = count(database, "select count(*) from outbox_event where published_at is null");
            if (pending > 0) {
                busy.append(database).append(" outbox ").append(pending).append("; ");
            }
        }
        if (!busy.isEmpty()) {
            return busy.toString();
        }
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : Set.copyOf(FOLLOWS.values().stream().flatMap(List::stream).toList())) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            for (Map.Entry<String, List<String>> group : FOLLOWS.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get();
                long lag = 0;
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    if (!group.getValue().contains(end.getKey().topic())) {
                        continue;
                    }
                    OffsetAndMetadata at = committed.get(end.getKey());
                    lag += end.getValue() - (at == null ? 0 : at.offset());
                }
                if (lag > 0) {
                    busy.append(group.getKey()).append(" lags ").append(lag).append("; ");
                }
            }
        } catch (ExecutionException e) {
            busy.append("broker: ").append(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return busy.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private synchronized void stopAll() {
        services.values().parallelStream().forEach(ServiceProcess::stop);
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }
}
