package org.county.staffing.backbone.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.backbone.outbox.OutboxRelay;
import org.county.staffing.backbone.testapp.OnLinkCut;
import org.county.staffing.backbone.testapp.TallyEvents.LinkCut;
import org.county.staffing.backbone.testapp.TallyEvents.TallyIncremented;
import org.county.staffing.contracts.EventType;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestServers;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A poll's records are handled as one batch in one transaction, against a real Kafka broker and a
 * real PostgreSQL: the records of each test are sent together and flushed once, so they reach
 * the consumer in one poll.
 */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
class BatchConsumptionTest {

    private static final String PEER_TOPIC = "peer.events";
    private static final String DEAD_LETTER = "backbone-test.dead-letter";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static KafkaProducer<String, byte[]> producer;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(OutboxRelay.producerConfig(TestServers.kafkaBootstrapServers(), Duration.ofSeconds(10)),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void aPoisonedEventIsDeadLetteredAloneAndTheRestOfItsBatchCommits() {
        String tally = "batch-poison-" + UUID.randomUUID();
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            batch.add(tallyEvent(tally, false));
        }
        byte[] poisoned = tallyEvent(tally, true);
        batch.add(poisoned);
        for (int i = 0; i < 4; i++) {
            batch.add(tallyEvent(tally, false));
        }
        sendTogether(tally, batch);

        await().atMost(WAIT).ignoreExceptions().until(() -> tallyCount(tally) == 8);
        List<ConsumerRecord<String, byte[]>> dead = TopicRecords.shared().await(DEAD_LETTER, r -> tally.equals(r.key()), 1,
                WAIT, Duration.ofSeconds(2));
        assertThat(dead).hasSize(1);
        assertThat(CloudEventCodec.decode(dead.get(0).value()).id()).isEqualTo(CloudEventCodec.decode(poisoned).id());
        assertThat(header(dead.get(0), "dead-letter-reason")).contains("failed 3 times").contains("cannot be counted");
        assertThat(header(dead.get(0), "dead-letter-topic")).isEqualTo(PEER_TOPIC);
        // the poisoned event's own effect was rolled back with each of its attempts
        assertThat(count("select count(*) from inbox_event where subject = ?1", tally)).isEqualTo(8);
        DistributionSummary sizes = metrics.find("inbox.batch.events").summary();
        assertThat(sizes).isNotNull();
        assertThat(sizes.max()).as("events in the largest batch").isGreaterThan(1);
    }

    @Test
    void duplicatesInsideOneBatchAndAcrossBatchesHaveOneEffect() {
        String tally = "batch-duplicates-" + UUID.randomUUID();
        byte[] a = tallyEvent(tally, false);
        byte[] b = tallyEvent(tally, false);
        sendTogether(tally, List.of(a, a, b, a, b));
        await().atMost(WAIT).ignoreExceptions().until(() -> tallyCount(tally) == 2);

        // the same events again in a later batch, then a new one: only the new one counts
        byte[] c = tallyEvent(tally, false);
        sendTogether(tally, List.of(b, a, c, a));
        await().atMost(WAIT).ignoreExceptions().until(() -> tallyCount(tally) == 3);
        assertThat(count("select count(*) from inbox_event where subject = ?1", tally)).isEqualTo(3);
        assertThat(count("select count(*) from inbox_event where event_id = ?1", CloudEventCodec.decode(a).id())).isEqualTo(1);
        assertThat(TopicRecords.shared().await(DEAD_LETTER, r -> tally.equals(r.key()), 0, Duration.ofSeconds(3), Duration.ZERO))
                .isEmpty();
    }

    @Test
    void aDatabaseOutageInTheMiddleOfABatchLosesNothingAndRepeatsNothing() {
        String tally = "batch-outage-" + UUID.randomUUID();
        double waitsBefore = outcome("database-unavailable");
        List<byte[]> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(tallyEvent(tally, false));
        }
        byte[] cut = event(tally, LinkCut.TYPE, new LinkCut("mid-batch"));
        batch.add(cut);
        for (int i = 0; i < 3; i++) {
            batch.add(tallyEvent(tally, false));
        }
        sendTogether(tally, batch);

        await().atMost(WAIT).ignoreExceptions().until(() -> tallyCount(tally) == 6
                && count("select count(*) from inbox_event where subject = ?1", tally) == 7);
        assertThat(OnLinkCut.CUT).contains(CloudEventCodec.decode(cut).id());
        assertThat(outcome("database-unavailable")).as("waits for the database").isGreaterThan(waitsBefore);
        // the three events before the cut were rolled back with it and handled once, on the retry
        assertThat(tallyCount(tally)).isEqualTo(6);
        assertThat(TopicRecords.shared().await(DEAD_LETTER, r -> tally.equals(r.key()), 0, Duration.ofSeconds(3), Duration.ZERO))
                .isEmpty();
    }

    private static void sendTogether(String key, List<byte[]> events) {
        for (byte[] event : events) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(PEER_TOPIC, key, event);
            record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            producer.send(record);
        }
        producer.flush();
    }

    private static byte[] tallyEvent(String subject, boolean explode) {
        return event(subject, TallyIncremented.TYPE, new TallyIncremented(explode, null));
    }

    private static <T extends Record> byte[] event(String subject, EventType<T> type, T payload) {
        return CloudEventCodec.encode(new CloudEvent(UUID.randomUUID().toString(), "/peer-service", type.name(), subject,
                OffsetDateTime.now(), type.encode(payload), TestTokens.COUNTY, "hr:renshe", "corr-" + subject, null));
    }

    private double outcome(String outcome) {
        Counter counter = metrics.find("inbox.events").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private long tallyCount(String id) {
        return count("select coalesce(max(count), 0) from tally where id = ?1", id);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
