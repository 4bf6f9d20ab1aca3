package org.county.staffing.e2e.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.county.staffing.e2e.CrossServicePlatform;
import org.county.staffing.e2e.PlatformDatabases;
import org.county.staffing.infra.Ports;
import org.county.staffing.infra.demo.Endpoints;
import org.county.staffing.infra.kafka.KafkaCluster;
import org.county.staffing.infra.kafka.PlatformTopics;
import org.county.staffing.infra.keycloak.KeycloakServer;
import org.county.staffing.infra.postgres.PostgresAdmin;
import org.county.staffing.infra.postgres.PostgresServer;
import org.county.staffing.infra.process.ServiceProcess;

/**
 * The platform as a province would run it, on one machine: two instances of every service (own
 * ports, one database and one consumer group per service), a round-robin balancer in front of
 * each service's instances, a three-node KRaft cluster and a PostgreSQL server that can be stopped
 * and started again with its data.
 */
final class ScaledPlatform implements PlatformDatabases, AutoCloseable {

    static final List<String> SERVICES = List.of("quota", "post", "recruitment", "rotation", "audit");
    static final int INSTANCES = 2;
    static final String PASSWORD = "demo";

    private final Path work;
    private final KafkaCluster kafka;
    private final int postgresPort;
    private volatile PostgresServer postgres;
    private volatile KeycloakServer keycloak;
    private final Map<String, List<ServiceProcess>> instances = new LinkedHashMap<>();
    private final Map<String, RoundRobinProxy> balancers = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ScaledPlatform(Path root) throws IOException {
        work = root.resolve("platform-e2e/target/scaleout");
        deleteTree(work.resolve("postgres"));
        deleteTree(work.resolve("kafka"));
        Thread stopHook = new Thread(this::close, "scaleout-platform-stop");
        Runtime.getRuntime().addShutdownHook(stopHook);
        int keycloakPort = Ports.free();
        CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture.supplyAsync(() -> {
            try {
                // the installation the other cross-service tests use, built and with the realm imported
                // when they ran before (the first start of a fresh one takes minutes on a busy machine)
                Path home = KeycloakServer.install(
                        root.resolve("platform-infra/target/keycloak/keycloak-quarkus-dist-" + KeycloakServer.VERSION + ".zip"),
                        root.resolve("platform-e2e/target/e2e/keycloak-" + KeycloakServer.VERSION));
                return KeycloakServer.start(home, root.resolve("deploy/keycloak/county-realm.json"), keycloakPort,
                        work.resolve("logs/keycloak.log"), Duration.ofMinutes(10));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        kafka = KafkaCluster.of(work.resolve("kafka"), 3);
        try {
            // not durable (a test), but kept across a stop of the server: the failover test restarts it
            postgres = PostgresServer.start(work.resolve("postgres"), 0, false, true, false);
            postgresPort = postgres.port();
            for (String name : SERVICES) {
                PostgresAdmin.ensureDatabase(postgresPort, name, name, name);
            }
            kafka.start();
            kafka.createTopics(PlatformTopics.all(3, KafkaCluster.MIN_IN_SYNC_REPLICAS));
            for (String name : SERVICES) {
                List<ServiceProcess> copies = new ArrayList<>();
                for (int k = 1; k <= INSTANCES; k++) {
                    copies.add(new ServiceProcess(name + "-service-" + k,
                            root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar"), Ports.free(),
                            CrossServicePlatform.withBehaviour(name, Map.of("quarkus.datasource.jdbc.url", jdbcUrl(name),
                                    "quarkus.datasource.username", name,
                                    "quarkus.datasource.password", name,
                                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                                    "quarkus.oidc.auth-server-url", KeycloakServer.issuer(keycloakPort),
                                    "quarkus.oidc.connection-delay", "5M",
                                    // ten JVMs start at once on a small machine: a new connection may take long
                                    "quarkus.datasource.jdbc.acquisition-timeout", "30S")),
                            work.resolve("logs/" + name + "-service-" + k + ".log")));
                }
                instances.put(name, copies);
                balancers.put(name, new RoundRobinProxy(copies.stream().map(ServiceProcess::port).toList()));
            }
            // the first instances (they migrate the databases), then the second ones, as a rollout would
            for (int k = 0; k < INSTANCES; k++) {
                for (List<ServiceProcess> copies : instances.values()) {
                    copies.get(k).start();
                }
                if (k == 0) {
                    keycloak = keycloakStart.join();
                }
                for (List<ServiceProcess> copies : instances.values()) {
                    copies.get(k).awaitReady(Duration.ofMinutes(6));
                }
            }
        } catch (RuntimeException | IOException | Error e) {
            // whatever did start is stopped now: no orphan outlives a failed start
            try {
                keycloak = keycloakStart.join();
            } catch (RuntimeException keycloakFailed) {
                if (keycloakFailed != e && keycloakFailed.getCause() != e.getCause()) {
                    e.addSuppressed(keycloakFailed);
                }
            } finally {
                close();
            }
            throw e;
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    /** The balancers' addresses and Keycloak's, for the demo's REST client. */
    Endpoints endpoints() {
        return new Endpoints(balancers.get("quota").url(), balancers.get("post").url(), balancers.get("recruitment").url(),
                balancers.get("rotation").url(), balancers.get("audit").url(), "http://localhost:" + keycloak.port());
    }

    /** Requests each instance of a service answered through its balancer. */
    long[] served(String service) {
        return balancers.get(service).served();
    }

    ServiceProcess instance(String service, int number) {
        return instances.get(service).get(number - 1);
    }

    List<ServiceProcess> allInstances() {
        return instances.values().stream().flatMap(List::stream).toList();
    }

    KafkaCluster kafka() {
        return kafka;
    }

    /** The HTTP status of an instance's readiness check; 0 when it does not answer. */
    int readiness(ServiceProcess instance) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(instance.url() + "/q/health/ready")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fast shutdown of PostgreSQL: every connection of every instance breaks; the data stays. */
    synchronized void stopPostgres() {
        postgres.close();
    }

    /** PostgreSQL again on the same port and data directory. */
    synchronized void startPostgres() {
        postgres = PostgresServer.start(work.resolve("postgres"), postgresPort, false, true, false);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public synchronized void close() {
        balancers.values().forEach(RoundRobinProxy::close);
        instances.values().stream().flatMap(List::stream).parallel().forEach(ServiceProcess::stop);
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        kafka.stop();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
