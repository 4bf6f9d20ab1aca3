package org.county.staffing.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three broker+controller nodes: topics replicated three times, a node stopped and back loses nothing. */
class KafkaClusterTest {

    @TempDir
    Path dir;

    @Test
    void aStoppedNodeLosesNoAcknowledgedRecordAndCatchesUpWhenBack() throws Exception {
        try (KafkaCluster cluster = KafkaCluster.of(dir, 3)) {
            cluster.start();
            cluster.createTopics(PlatformTopics.all(3, KafkaCluster.MIN_IN_SYNC_REPLICAS));

            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
                Set<String> names = admin.listTopics().names().get();
                assertThat(names).contains("quota.events", "rotation.events", "audit-service.dead-letter", "quota-service.dead-letter");
                TopicDescription events = admin.describeTopics(List.of("post.events")).allTopicNames().get().get("post.events");
                assertThat(events.partitions()).hasSize(3).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
                TopicDescription dead = admin.describeTopics(List.of("post-service.dead-letter")).allTopicNames().get()
                        .get("post-service.dead-letter");
                assertThat(dead.partitions()).hasSize(1);
                Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, "post.events")))
                        .all().get().values().iterator().next();
                assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
                assertThat(config.get("retention.ms").value()).isEqualTo(PlatformTopics.EVENT_RETENTION_MS);
            }

            List<String> sent = new ArrayList<>();
            try (KafkaProducer<String, String> producer = producer(cluster)) {
                send(producer, "before", 30, sent);
                cluster.stop(2);
                // two of three replicas are in sync: acks=all writes still succeed
                send(producer, "during", 30, sent);
                cluster.start(2);
                send(producer, "after", 30, sent);
            }
            // the node that was away serves the records written while it was down
            cluster.stop(1);
            assertThat(readAll(cluster, sent.size())).containsExactlyInAnyOrderElementsOf(sent);
        }
    }

    @Test
    void writesWaitRatherThanLandOnASingleCopy() {
        Map<String, String> config = KafkaCluster.nodeConfig(2, "1@127.0.0.1:1,2@127.0.0.1:2,3@127.0.0.1:3", 3);
        assertThat(config).containsEntry("node.id", "2")
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("unclean.leader.election.enable", "false");
    }

    private static KafkaProducer<String, String> producer(KafkaCluster cluster) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static void send(KafkaProducer<String, String> producer, String phase, int count, List<String> sent) throws Exception {
        for (int i = 0; i < count; i++) {
            String value = phase + "-" + i;
            producer.send(new ProducerRecord<>("post.events", "key-" + i, value)).get();
            sent.add(value);
        }
    }

    private static List<String> readAll(KafkaCluster cluster, int expected) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "cluster-test");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("post.events"));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(r.value());
                }
            }
        }
        return seen.stream().collect(Collectors.toList());
    }
}
