package org.county.staffing.infra.testing;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import org.county.staffing.infra.kafka.KafkaBroker;
import org.county.staffing.infra.postgres.PostgresAdmin;
import org.county.staffing.infra.postgres.PostgresServer;

/**
 * One real Kafka broker and one real PostgreSQL server per test JVM, shared by every test class.
 *
 * <p>Quarkus loads test resources in several class loaders, so the coordinates of the shared
 * servers live in system properties and the broker's stop/start controls in a JVM-wide MBean,
 * never in static fields of classes that may exist more than once.
 */
public final class TestServers {

    public static final String KAFKA_BOOTSTRAP = "county.test.kafka.bootstrap";
    public static final String POSTGRES_PORT = "county.test.postgres.port";
    private static final String KAFKA_CONTROL = "county.test:type=KafkaBroker";
    private static final String STARTED = "county.test.servers.started";
    /** The topics of the four producing services, created up front with three partitions each. */
    public static final java.util.List<String> PLATFORM_TOPICS =
            java.util.List.of("quota.events", "post.events", "recruitment.events", "rotation.events");

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
            quietServerLogs();
            Path root = workDirectory();
            CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(
                    () -> PostgresServer.start(root.resolve("postgres"), 0, true, true));
            KafkaBroker broker = KafkaBroker.at(root.resolve("kafka"), 0);
            broker.start();
            broker.createTopics(PLATFORM_TOPICS, 3);
            PostgresServer pg = postgres.join();

            registerControl(broker);
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

    private static void control(String operation) {
        ensureStarted();
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(KAFKA_CONTROL), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("could not " + operation + " the test broker", e);
        }
    }

    private static void registerControl(KafkaBroker broker) {
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(
                    new StandardMBean(new BrokerControl(broker), BrokerControlMBean.class), new ObjectName(KAFKA_CONTROL));
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Operations on the shared broker, reachable from every class loader through JMX. */
    public interface BrokerControlMBean {
        void stop();

        void start();
    }

    private record BrokerControl(KafkaBroker broker) implements BrokerControlMBean {
        @Override
        public void stop() {
            broker.stop();
        }

        @Override
        public void start() {
            broker.start();
        }
    }

    /** The servers run in the test JVM; their INFO chatter would drown the tests' own output. */
    private static final java.util.List<java.util.logging.Logger> QUIETED = new java.util.ArrayList<>();

    private static void quietServerLogs() {
        for (String name : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "io.zonky"}) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.WARNING);
            QUIETED.add(logger);
        }
    }

    private static Path workDirectory() {
        String base = System.getProperty("county.test.work-dir");
        Path root = base != null ? Path.of(base) : Path.of("target", "test-servers");
        return root.resolve(Long.toString(ProcessHandle.current().pid())).toAbsolutePath();
    }
}
