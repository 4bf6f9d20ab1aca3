package org.county.staffing.backbone;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.backbone.outbox.OutboxPublisher;
import org.county.staffing.backbone.outbox.OutboxRelay;
import org.county.staffing.backbone.testapp.TallyEvents.TallyCounted;
import org.county.staffing.backbone.testapp.TallyEvents.TallyIncremented;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestServers;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The backbone's promises, against a real Kafka broker and a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
class EventBackboneTest {

    private static final String TOPIC = "test.events";
    private static final String PEER_TOPIC = "peer.events";
    private static final Duration WAIT = Duration.ofSeconds(40);

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    private final TopicRecords topics = TopicRecords.shared();

    private static String bureau() {
        return TestTokens.user("jiaoyuju").role("education-bureau").token();
    }

    private static String createWidget(String name, String correlationId) {
        return given().auth().oauth2(bureau())
                .header("X-Correlation-Id", correlationId)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "size", 3))
                .post("/widgets")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aCommittedChangePublishesExactlyOneCloudEvent() {
        String correlationId = "corr-" + UUID.randomUUID();
        String id = createWidget("one-event", correlationId);

        List<ConsumerRecord<String, byte[]>> records = topics.await(TOPIC, r -> id.equals(r.key()), 1, WAIT, Duration.ofSeconds(2));

        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.get(0);
        Header contentType = record.headers().lastHeader("content-type");
        assertThat(new String(contentType.value(), StandardCharsets.UTF_8)).startsWith("application/cloudevents+json");
        CloudEvent event = CloudEventCodec.decode(record.value());
        assertThat(event.type()).isEqualTo("test.widget.created.v1");
        assertThat(event.source()).isEqualTo("/backbone-test");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(UUID.fromString(event.id())).isNotNull();
        assertThat(event.time()).isBefore(OffsetDateTime.now().plusSeconds(1));
        assertThat(event.countyId()).isEqualTo(TestTokens.COUNTY);
        assertThat(event.actor()).isEqualTo("education-bureau:jiaoyuju");
        assertThat(event.correlationId()).isEqualTo(correlationId);
        assertThat(event.data().path("name").asText()).isEqualTo("one-event");
        assertThat(published(id)).isTrue();
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String name = "rolled-back-" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        given().auth().oauth2(bureau())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "size", 3, "failAfterEvent", true))
                .post("/widgets")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("TEST_FAILS_AFTER_EVENT"));

        assertThat(count("select count(*) from outbox_event where payload->>'name' = ?1", name)).isZero();
        assertThat(count("select count(*) from widget where name = ?1", name)).isZero();
        // a later committed event has arrived, so an event of the failed request would have too
        String barrier = createWidget("barrier-" + name, "corr-" + UUID.randomUUID());
        List<ConsumerRecord<String, byte[]>> records = topics.await(TOPIC,
                r -> barrier.equals(r.key()) || name.equals(CloudEventCodec.decode(r.value()).data().path("name").asText()),
                1, WAIT, Duration.ofSeconds(1));
        assertThat(records).extracting(ConsumerRecord::key).containsExactly(barrier);
    }

    @Test
    void eventsMadeWhileTheBrokerIsDownAllArriveInOrderPerKey() {
        List<String> ids = new ArrayList<>();
        TestServers.stopKafka();
        try {
            String renamed = createWidget("outage-0", "corr-outage");
            ids.add(renamed);
            for (int i = 1; i <= 5; i++) {
                given().auth().oauth2(bureau()).contentType(ContentType.JSON)
                        .body(Map.of("name", "outage-" + i))
                        .put("/widgets/" + renamed + "/name")
                        .then().statusCode(200);
            }
            for (int i = 0; i < 3; i++) {
                ids.add(createWidget("outage-other-" + i, "corr-outage"));
            }
            assertThat(count("select count(*) from outbox_event where published_at is null and aggregate_id = ?1", renamed))
                    .isEqualTo(6);
        } finally {
            TestServers.startKafka();
        }
        Set<String> keys = Set.copyOf(ids);
        List<ConsumerRecord<String, byte[]>> records = topics.await(TOPIC, r -> keys.contains(r.key()), 9,
                Duration.ofSeconds(90), Duration.ofSeconds(1));

        List<CloudEvent> events = records.stream().map(r -> CloudEventCodec.decode(r.value())).toList();
        assertThat(events.stream().map(CloudEvent::id).distinct().count()).isEqualTo(9);
        List<String> namesOfRenamed = events.stream()
                .filter(e -> e.subject().equals(ids.get(0)))
                .map(e -> e.data().path("name").asText())
                .distinct()
                .toList();
        assertThat(namesOfRenamed).containsExactly("outage-0", "outage-1", "outage-2", "outage-3", "outage-4", "outage-5");
        await().atMost(WAIT).until(() -> ids.stream().allMatch(this::published));
    }

    @Test
    void anEventDeliveredTwiceHasOneEffect() {
        String tally = "tally-" + UUID.randomUUID();
        byte[] event = peerEvent(tally, false);
        Map<String, String> structured = Map.of("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE);
        topics.send(PEER_TOPIC, tally, event, structured);
        topics.send(PEER_TOPIC, tally, event, structured);
        // a different event on the same key is handled after both copies
        topics.send(PEER_TOPIC, tally, peerEvent(tally, false), structured);

        await().atMost(WAIT).until(() -> tallyCount(tally) == 2);
        String firstId = CloudEventCodec.decode(event).id();
        assertThat(count("select count(*) from inbox_event where event_id = ?1", firstId)).isEqualTo(1);
    }

    @Test
    void anEventCausedByHandlingAnotherCarriesItsActorAndCorrelationAndNamesItsCause() {
        String tally = "follow-up-" + UUID.randomUUID();
        byte[] cause = peerEvent(tally, false);
        topics.send(PEER_TOPIC, tally, cause, Map.of("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE));

        List<ConsumerRecord<String, byte[]>> records = topics.await(TOPIC, r -> tally.equals(r.key()), 1, WAIT, Duration.ZERO);
        CloudEvent followUp = CloudEventCodec.decode(records.get(0).value());
        assertThat(followUp.type()).isEqualTo("test.tally.counted.v1");
        assertThat(followUp.data(TallyCounted.TYPE).tally()).isEqualTo(tally);
        assertThat(followUp.actor()).isEqualTo("hr:renshe");
        assertThat(followUp.correlationId()).isEqualTo("corr-" + tally);
        assertThat(followUp.causationId()).isEqualTo(CloudEventCodec.decode(cause).id());
        assertThat(followUp.countyId()).isEqualTo(TestTokens.COUNTY);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextEventsFlow() {
        String tally = "poison-" + UUID.randomUUID();
        Map<String, String> structured = Map.of("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE);
        topics.send(PEER_TOPIC, tally, "{not json".getBytes(StandardCharsets.UTF_8), structured);
        topics.send(PEER_TOPIC, tally, peerEvent(tally, true), structured);
        topics.send(PEER_TOPIC, tally, peerEvent(tally, false), structured);

        await().atMost(WAIT).until(() -> tallyCount(tally) == 1);
        List<ConsumerRecord<String, byte[]>> dead = topics.await("backbone-test.dead-letter",
                r -> tally.equals(r.key()), 2, WAIT, Duration.ZERO);
        assertThat(dead).hasSize(2);
        assertThat(reason(dead.get(0))).contains("not JSON");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(reason(dead.get(1))).contains("failed 3 times").contains("cannot be counted");
    }

    @Test
    void anEventWhosePayloadBreaksItsContractIsDeadLetteredAtOnceNamingTheField() {
        String tally = "malformed-" + UUID.randomUUID();
        Map<String, String> structured = Map.of("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE);
        topics.send(PEER_TOPIC, tally, peerEvent(tally, JsonNodeFactory.instance.objectNode().put("explode", "yes")), structured);
        topics.send(PEER_TOPIC, tally, peerEvent(tally, JsonNodeFactory.instance.objectNode().put("unknown", 1)), structured);
        topics.send(PEER_TOPIC, tally, peerEvent(tally, false), structured);

        await().atMost(WAIT).until(() -> tallyCount(tally) == 1);
        List<ConsumerRecord<String, byte[]>> dead = topics.await("backbone-test.dead-letter",
                r -> tally.equals(r.key()), 2, WAIT, Duration.ZERO);
        assertThat(dead).hasSize(2);
        assertThat(reason(dead.get(0))).contains("peer.tally.incremented.v1").contains("'explode'").contains("true or false")
                .doesNotContain("failed");
        assertThat(reason(dead.get(1))).contains("'explode' is required but missing").doesNotContain("failed");
    }

    @Test
    void twoRelaysNeverPublishTheSameRowTwice() throws Exception {
        String prefix = "concurrent-" + UUID.randomUUID() + "-";
        int rows = 300;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < rows; i++) {
                em.createNativeQuery("""
                                insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type,
                                    county_id, actor, correlation_id, occurred_at, payload)
                                values (gen_random_uuid(), 'test.events', 'widget', ?1, 'test.widget.created.v1',
                                    '370683', 'system:test', 'corr', now(), cast(?2 as jsonb))""")
                        .setParameter(1, prefix + (i % 7))
                        .setParameter(2, "{\"n\":" + i + "}")
                        .executeUpdate();
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<KafkaProducer<String, byte[]>> producers = new ArrayList<>();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int relay = 0; relay < 2; relay++) {
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        OutboxRelay.producerConfig(TestServers.kafkaBootstrapServers(), Duration.ofSeconds(10)),
                        new StringSerializer(), new ByteArraySerializer());
                producers.add(producer);
                OutboxPublisher publisher = new OutboxPublisher(dataSource, producer, "backbone-test", 20, Duration.ofSeconds(10));
                results.add(pool.submit(() -> {
                    int total = 0;
                    long deadline = System.currentTimeMillis() + 60_000;
                    while (count("select count(*) from outbox_event where published_at is null and aggregate_id like ?1", prefix + "%") > 0
                            && System.currentTimeMillis() < deadline) {
                        total += publisher.publishBatch();
                    }
                    return total;
                }));
            }
            for (Future<Integer> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
            producers.forEach(KafkaProducer::close);
        }
        List<ConsumerRecord<String, byte[]>> records = topics.await(TOPIC, r -> r.key() != null && r.key().startsWith(prefix),
                rows, WAIT, Duration.ofSeconds(2));
        Map<String, Long> perId = records.stream()
                .collect(Collectors.groupingBy(r -> CloudEventCodec.decode(r.value()).id(), Collectors.counting()));
        assertThat(perId).hasSize(rows);
        assertThat(perId.values()).allMatch(n -> n == 1);
    }

    private byte[] peerEvent(String subject, boolean explode) {
        return peerEvent(subject, TallyIncremented.TYPE.encode(new TallyIncremented(explode)));
    }

    private byte[] peerEvent(String subject, JsonNode data) {
        CloudEvent event = new CloudEvent(UUID.randomUUID().toString(), "/peer-service", TallyIncremented.TYPE.name(),
                subject, OffsetDateTime.now(), data, TestTokens.COUNTY, "hr:renshe", "corr-" + subject, null);
        return CloudEventCodec.encode(event);
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private boolean published(String aggregateId) {
        return count("select count(*) from outbox_event where aggregate_id = ?1 and published_at is null", aggregateId) == 0
                && count("select count(*) from outbox_event where aggregate_id = ?1", aggregateId) > 0;
    }

    private long tallyCount(String id) {
        return count("select coalesce(max(count), 0) from tally where id = ?1", id);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
