package org.county.staffing.infra.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.county.staffing.infra.Ports;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real single-node KRaft Kafka broker (broker and controller in one process), from the
 * Maven Central {@code kafka_2.13} artifact. Runs in-process in tests and as its own JVM
 * ({@link KafkaServerMain}) in a local run. The data directory survives {@link #stop()},
 * so a stopped broker restarts with every record it had.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private final String clusterId;
    private KafkaRaftServer server;

    private KafkaBroker(Path dataDir, int port, int controllerPort, Map<String, String> overrides) {
        this(dataDir, port, controllerPort, overrides, null);
    }

    /**
     * A node of a cluster: {@code overrides} name its {@code node.id} and the quorum's voters, and
     * every node's log directory is formatted with the same {@code clusterId}.
     */
    KafkaBroker(Path dataDir, int port, int controllerPort, Map<String, String> overrides, String clusterId) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.overrides = overrides;
        this.clusterId = clusterId;
    }

    /** A broker on the given port (0 picks a free one) keeping its log in {@code dataDir}. */
    public static KafkaBroker at(Path dataDir, int port) {
        return at(dataDir, port, Map.of());
    }

    public static KafkaBroker at(Path dataDir, int port, Map<String, String> overrides) {
        int brokerPort = port == 0 ? Ports.free() : port;
        return new KafkaBroker(dataDir.toAbsolutePath(), brokerPort, Ports.free(), overrides);
    }

    /** A broker on fixed ports (a local run, where clients are configured with the port). */
    public static KafkaBroker at(Path dataDir, int port, int controllerPort) {
        return new KafkaBroker(dataDir.toAbsolutePath(), port, controllerPort, Map.of());
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Path config = writeServerProperties();
            if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                format(config);
            }
            Properties props = new Properties();
            try (var in = Files.newBufferedReader(config)) {
                props.load(in);
            }
            KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            raftServer.startup();
            server = raftServer;
            Ports.awaitOpen(port, Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new IllegalStateException("Kafka broker could not start in " + dataDir, e);
        }
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topics " + topics, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path writeServerProperties() throws IOException {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("logs").toString());
        // single node: without replication factor 1 for internal topics consumer groups never receive
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        // the 128 MB default dedupe buffer does not fit a small heap
        p.setProperty("log.cleaner.dedupe.buffer.size", "4194304");
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        p.setProperty("background.threads", "2");
        p.setProperty("log.flush.interval.ms", "1000");
        overrides.forEach(p::setProperty);
        Path file = dataDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "single-node KRaft broker");
        }
        return file;
    }

    private void format(Path config) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String id = clusterId != null ? clusterId : Uuid.randomUuid().toString();
        int rc = StorageTool.execute(new String[] {"format", "--cluster-id=" + id, "--config=" + config},
                new PrintStream(captured, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed: "
                    + captured.toString(StandardCharsets.UTF_8));
        }
    }
}
