package org.county.staffing.infra.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.county.staffing.infra.kafka.KafkaBroker;
import org.county.staffing.infra.postgres.PostgresAdmin;
import org.county.staffing.infra.postgres.PostgresServer;

/**
 * One real Kafka broker and one real PostgreSQL server per test JVM, shared by every test class.
 *
 * <p>Quarkus loads test resources in several class loaders, so the coordinates and the
 * controls of the shared servers live in system properties (plain JDK types), never in
 * static fields of classes that may exist more than once.
 */
public final class TestServers {

    public static final String KAFKA_BOOTSTRAP = "county.test.kafka.bootstrap";
    public static final String POSTGRES_PORT = "county.test.postgres.port";
    private static final String KAFKA_CONTROLS = "county.test.kafka.controls";
    private static final String STARTED = "county.test.servers.started";

    private TestServers() {
    }

    /** Starts the shared servers unless this JVM already has them. */
    public static synchronized void ensureStarted() {
        if (System.getProperty(STARTED) != null) {
            return;
        }
        synchronized (System.getProperties()) {
            if (System.getProperty(STARTED) != null) {
                return;
            }
            Path root = workDirectory();
            CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(
                    () -> PostgresServer.start(root.resolve("postgres"), 0, true, true));
            KafkaBroker broker = KafkaBroker.at(root.resolve("kafka"), 0);
            broker.start();
            PostgresServer pg = postgres.join();

            Map<String, Runnable> controls = new HashMap<>();
            controls.put("stop", broker::stop);
            controls.put("start", broker::start);
            System.getProperties().put(KAFKA_CONTROLS, controls);
            System.setProperty(KAFKA_BOOTSTRAP, broker.bootstrapServers());
            System.setProperty(POSTGRES_PORT, Integer.toString(pg.port()));
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "test-kafka-stop"));
            System.setProperty(STARTED, "true");
        }
    }

    public static String kafkaBootstrapServers() {
        ensureStarted();
        return System.getProperty(KAFKA_BOOTSTRAP);
    }

    /** A database of the shared PostgreSQL server, created on first use; returns its JDBC URL. */
    public static String database(String name) {
        ensureStarted();
        int port = Integer.parseInt(System.getProperty(POSTGRES_PORT));
        String key = "county.test.postgres.db." + name;
        if (System.getProperty(key) == null) {
            PostgresAdmin.ensureDatabase(port, name, name, name);
            System.setProperty(key, "true");
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    /** Stops the shared broker (its data stays); for tests of what happens while it is down. */
    public static void stopKafka() {
        control("stop");
    }

    public static void startKafka() {
        control("start");
    }

    @SuppressWarnings("unchecked")
    private static void control(String action) {
        ensureStarted();
        ((Map<String, Runnable>) System.getProperties().get(KAFKA_CONTROLS)).get(action).run();
    }

    private static Path workDirectory() {
        String base = System.getProperty("county.test.work-dir");
        Path root = base != null ? Path.of(base) : Path.of("target", "test-servers");
        return root.resolve(Long.toString(ProcessHandle.current().pid())).toAbsolutePath();
    }
}
