package org.county.staffing.e2e.scaleout;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.infra.kafka.PlatformTopics;

/** How many times each event id stands in the event topics: an outbox row published twice shows as 2. */
final class EventCopies {

    private final Map<String, Integer> copies;

    private EventCopies(Map<String, Integer> copies) {
        this.copies = copies;
    }

    /** Reads every event topic from its beginning to its current end. */
    static EventCopies read(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        Map<String, Integer> copies = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = PlatformTopics.EVENT_TOPICS.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the event topics to their ends");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        copies.merge(CloudEventCodec.decode(r.value()).id(), 1, Integer::sum);
                    }
                }
            }
        }
        return new EventCopies(copies);
    }

    int count(String eventId) {
        return copies.getOrDefault(eventId, 0);
    }

    /** Event ids standing more than once, with their number of copies. */
    Map<String, Integer> publishedMoreThanOnce() {
        Map<String, Integer> doubled = new HashMap<>();
        copies.forEach((id, n) -> {
            if (n > 1) {
                doubled.put(id, n);
            }
        });
        return doubled;
    }
}
