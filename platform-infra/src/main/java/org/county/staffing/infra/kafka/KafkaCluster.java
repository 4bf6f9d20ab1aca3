package org.county.staffing.infra.kafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.county.staffing.infra.Ports;

/**
 * A replicated KRaft cluster: every node is broker and controller at once (a voter of the
 * metadata quorum), every topic is kept on three nodes and a write is acknowledged once two
 * have it ({@code min.insync.replicas=2}, producers with {@code acks=all}). One node may stop
 * without losing a record or refusing a write. Nothing is created automatically: the platform's
 * topics are created explicitly with {@link #createTopics}, as {@link PlatformTopics} lists them.
 */
public final class KafkaCluster implements AutoCloseable {

    public static final int REPLICATION_FACTOR = 3;
    public static final int MIN_IN_SYNC_REPLICAS = 2;

    private final List<KafkaBroker> nodes;

    private KafkaCluster(List<KafkaBroker> nodes) {
        this.nodes = nodes;
    }

    /** {@code size} nodes on free ports, node {@code i}'s log under {@code dataDir/node-i}. */
    public static KafkaCluster of(Path dataDir, int size) {
        List<int[]> ports = IntStream.range(0, size).mapToObj(i -> new int[] {Ports.free(), Ports.free()}).toList();
        return of(dataDir, ports);
    }

    /**
     * Nodes on fixed ports ({@code {port, controllerPort}} per node, a local run). A directory
     * formatted before keeps its cluster id: the cluster restarts with its records.
     */
    public static KafkaCluster of(Path dataDir, List<int[]> ports) {
        String voters = IntStream.range(0, ports.size())
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + ports.get(i)[1])
                .collect(Collectors.joining(","));
        String clusterId = Uuid.randomUuid().toString();
        List<KafkaBroker> nodes = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            nodes.add(new KafkaBroker(dataDir.resolve("node-" + (i + 1)).toAbsolutePath(), ports.get(i)[0], ports.get(i)[1],
                    nodeConfig(i + 1, voters, ports.size()), clusterId));
        }
        return new KafkaCluster(List.copyOf(nodes));
    }

    /** The settings that differ from a single node: identity, quorum, replication, no automatic topics. */
    static Map<String, String> nodeConfig(int nodeId, String voters, int size) {
        String replicas = Integer.toString(Math.min(REPLICATION_FACTOR, size));
        String minInSync = Integer.toString(Math.min(MIN_IN_SYNC_REPLICAS, size));
        Map<String, String> config = new HashMap<>();
        config.put("node.id", Integer.toString(nodeId));
        config.put("controller.quorum.voters", voters);
        config.put("default.replication.factor", replicas);
        config.put("min.insync.replicas", minInSync);
        config.put("offsets.topic.replication.factor", replicas);
        config.put("transaction.state.log.replication.factor", replicas);
        config.put("transaction.state.log.min.isr", minInSync);
        config.put("share.coordinator.state.topic.replication.factor", replicas);
        config.put("share.coordinator.state.topic.min.isr", minInSync);
        config.put("auto.create.topics.enable", "false");
        // a stopped node must not take the last in-sync copy with it
        config.put("unclean.leader.election.enable", "false");
        return config;
    }

    public List<KafkaBroker> nodes() {
        return nodes;
    }

    public KafkaBroker node(int nodeId) {
        return nodes.get(nodeId - 1);
    }

    public String bootstrapServers() {
        return nodes.stream().map(KafkaBroker::bootstrapServers).collect(Collectors.joining(","));
    }

    /** Starts every node at once: a node waits for a quorum of controllers before it serves. */
    public void start() {
        // a thread per node: the common pool may have a single thread on a small machine
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            CompletableFuture.allOf(nodes.stream().map(n -> CompletableFuture.runAsync(n::start, threads))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdown();
        }
    }

    /** Stops one node (its log stays); the others keep serving. */
    public void stop(int nodeId) {
        node(nodeId).stop();
    }

    /** Starts a stopped node again; it catches up from the others before it leads a partition again. */
    public void start(int nodeId) {
        node(nodeId).start();
    }

    public void stop() {
        nodes.parallelStream().forEach(KafkaBroker::stop);
    }

    @Override
    public void close() {
        stop();
    }

    /** Creates the topics that are missing, replicated on three nodes, with their own settings. */
    public void createTopics(List<PlatformTopics.Topic> topics) {
        createTopics(bootstrapServers(), topics, (short) Math.min(REPLICATION_FACTOR, nodes.size()));
    }

    public static void createTopics(String bootstrapServers, List<PlatformTopics.Topic> topics, short replicas) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.partitions(), replicas).configs(t.config()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create topics " + topics, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
