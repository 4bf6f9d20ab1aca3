package org.county.staffing.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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
    private static CrossServicePlatform instance;

    private final Path root;
    private final KeycloakServer keycloak;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    private CrossServicePlatform(Path root) throws IOException {
        this.root = root;
        Path work = root.resolve("platform-e2e/target/e2e");
        TestServers.ensureStarted();
        int keycloakPort = Ports.free();
        CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(() -> {
            try {
                Path home = KeycloakServer.install(
                        root.resolve("platform-infra/target/keycloak/keycloak-quarkus-dist-" + KeycloakServer.VERSION + ".zip"),
                        work.resolve("keycloak-" + KeycloakServer.VERSION));
                return KeycloakServer.start(home, root.resolve("deploy/keycloak/county-realm.json"), keycloakPort,
                        work.resolve("logs/keycloak.log"), Duration.ofMinutes(5));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
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
            service.awaitReady(Duration.ofMinutes(3));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "e2e-platform-stop"));
    }

    public static synchronized CrossServicePlatform get() {
        if (instance == null) {
            try {
                instance = new CrossServicePlatform(Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize());
            } catch (IOException e) {
                throw new IllegalStateException(e);
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

    private void stopAll() {
        services.values().parallelStream().forEach(ServiceProcess::stop);
        keycloak.close();
    }
}
