package org.county.staffing.backbone.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.backbone.outbox.OutboxRelay;
import org.county.staffing.backbone.testapp.TallyEvents.TallyIncremented;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestServers;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The consumer group's lag on each followed topic is a gauge at the metrics endpoint, and it moves. */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
class ConsumerLagTest {

    private static final Pattern PEER_LAG = Pattern.compile(
            "(?m)^inbox_consumer_lag\\{[^}]*topic=\"peer\\.events\"[^}]*\\} (\\S+)$");

    @Test
    void theLagRisesWhileEventsWaitAndFallsToZeroOnceTheyAreHandled() {
        await().atMost(Duration.ofSeconds(30)).until(() -> !Double.isNaN(peerLag()));
        assertThat(metrics()).contains("group=\"backbone-test\"");

        String tally = "lag-" + UUID.randomUUID();
        double highest = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                OutboxRelay.producerConfig(TestServers.kafkaBootstrapServers(), Duration.ofSeconds(10)),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 3_000; i++) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>("peer.events", tally + "-" + (i % 30),
                        CloudEventCodec.encode(new CloudEvent(UUID.randomUUID().toString(), "/peer-service",
                                TallyIncremented.TYPE.name(), tally, OffsetDateTime.now(),
                                TallyIncremented.TYPE.encode(new TallyIncremented(false, null)), TestTokens.COUNTY,
                                "hr:renshe", "corr-" + tally, null)));
                record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
        // offsets are committed every few seconds: the sent events show as lag before they do not
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (highest == 0 && System.nanoTime() < deadline) {
            double lag = peerLag();
            highest = Double.isNaN(lag) ? 0 : Math.max(highest, lag);
            pause();
        }
        assertThat(highest).as("lag while the events wait").isGreaterThan(0);
        await().atMost(Duration.ofSeconds(90)).until(() -> peerLag() == 0);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double peerLag() {
        Matcher m = PEER_LAG.matcher(metrics());
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
