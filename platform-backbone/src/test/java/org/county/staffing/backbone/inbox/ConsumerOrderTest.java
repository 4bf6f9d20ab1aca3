package org.county.staffing.backbone.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.backbone.outbox.OutboxRelay;
import org.county.staffing.backbone.testapp.TallyEvents.SequenceStepped;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestServers;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Events of one key keep their order across partitions and consumer instances: the service's own
 * consumer and a second member of its group (the inbox's steps by hand, one transaction per poll)
 * share peer.events' three partitions while the second joins and leaves in the middle of a stream.
 */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
class ConsumerOrderTest {

    private static final int KEYS = 20;
    private static final int STEPS = 45;

    @Inject
    DataSource dataSource;

    @Test
    void eachKeysEventsAreHandledOnceAndInOrderWhileASecondInstanceJoinsAndLeaves() throws Exception {
        String prefix = "order-" + UUID.randomUUID() + "-";
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger secondHandled = new AtomicInteger();
        AtomicBoolean secondAssigned = new AtomicBoolean();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                OutboxRelay.producerConfig(TestServers.kafkaBootstrapServers(), Duration.ofSeconds(10)),
                new StringSerializer(), new ByteArraySerializer())) {
            send(producer, prefix, 1, 15);
            CompletableFuture<Void> second = CompletableFuture.runAsync(
                    () -> secondInstance(prefix, running, secondAssigned, secondHandled));
            await().atMost(Duration.ofSeconds(60)).untilTrue(secondAssigned);
            for (int from = 16; from <= 30; from += 3) {
                send(producer, prefix, from, from + 2);
                Thread.sleep(300);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> secondHandled.get() > 0);
            running.set(false);
            second.get();
            send(producer, prefix, 31, STEPS);
        }

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> seen(prefix).values().stream().mapToInt(List::size).sum() >= KEYS * STEPS);
        Map<String, List<Integer>> seen = seen(prefix);
        List<Integer> inOrder = new ArrayList<>();
        for (int step = 1; step <= STEPS; step++) {
            inOrder.add(step);
        }
        assertThat(seen).hasSize(KEYS);
        seen.forEach((key, steps) -> assertThat(steps).as("steps of " + key + " in the order handled").isEqualTo(inOrder));
        assertThat(secondHandled.get()).as("events the second instance handled").isPositive();
        assertThat(handledBy(prefix, "first")).as("events the service's consumer handled").isPositive();
    }

    private static void send(KafkaProducer<String, byte[]> producer, String prefix, int fromStep, int toStep) {
        for (int step = fromStep; step <= toStep; step++) {
            for (int k = 0; k < KEYS; k++) {
                String key = prefix + k;
                byte[] event = CloudEventCodec.encode(new CloudEvent(UUID.randomUUID().toString(), "/peer-service",
                        SequenceStepped.TYPE.name(), key, OffsetDateTime.now(),
                        SequenceStepped.TYPE.encode(new SequenceStepped(step)), TestTokens.COUNTY, "hr:renshe", "corr-" + key, null));
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("peer.events", key, event);
                record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
        }
        producer.flush();
    }

    /** A second member of the group: per poll, one transaction recording each new event id and its step. */
    private void secondInstance(String prefix, AtomicBoolean running, AtomicBoolean assigned, AtomicInteger handled) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "backbone-test");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer()); Connection c = dataSource.getConnection()) {
            consumer.subscribe(List.of("peer.events"));
            c.setAutoCommit(false);
            while (running.get()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!consumer.assignment().isEmpty()) {
                    assigned.set(true);
                }
                int count = 0;
                for (ConsumerRecord<String, byte[]> record : records) {
                    CloudEvent event = CloudEventCodec.decode(record.value());
                    if (!event.type().equals(SequenceStepped.TYPE.name()) || !event.subject().startsWith(prefix)) {
                        continue;
                    }
                    try (PreparedStatement inbox = c.prepareStatement("""
                            insert into inbox_event (consumer, event_id, event_type, source, subject, received_at)
                            values ('backbone-test', ?, ?, ?, ?, now()) on conflict do nothing""")) {
                        inbox.setString(1, event.id());
                        inbox.setString(2, event.type());
                        inbox.setString(3, event.source());
                        inbox.setString(4, event.subject());
                        if (inbox.executeUpdate() == 0) {
                            continue;
                        }
                    }
                    try (PreparedStatement step = c.prepareStatement(
                            "insert into sequence_seen (key, step, handled_by) values (?, ?, 'second')")) {
                        step.setString(1, event.subject());
                        step.setInt(2, event.data(SequenceStepped.TYPE).step());
                        step.executeUpdate();
                    }
                    count++;
                }
                c.commit();
                consumer.commitSync();
                handled.addAndGet(count);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the second consumer instance failed", e);
        }
    }

    private Map<String, List<Integer>> seen(String prefix) throws Exception {
        Map<String, List<Integer>> seen = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select key, step from sequence_seen where key like ? order by position")) {
            ps.setString(1, prefix + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seen.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
                }
            }
        }
        return seen;
    }

    private long handledBy(String prefix, String instance) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from sequence_seen where key like ? and handled_by = ?")) {
            ps.setString(1, prefix + "%");
            ps.setString(2, instance);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
