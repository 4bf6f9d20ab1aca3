package org.county.staffing.audit.support;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.infra.testing.TestServers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Events as the four services put them on their topics (structured CloudEvents, keyed by
 * subject), published to the real test broker.
 */
public final class PlatformEvents {

    private PlatformEvents() {
    }

    /** A county of its own for one test, so that its chain and counts are the test's alone. */
    public static String newCounty() {
        return "9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
    }

    public static String newSchoolId() {
        return "19" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String uuid() {
        return UUID.randomUUID().toString();
    }

    public static OffsetDateTime at(int day, int hour) {
        return OffsetDateTime.of(2026, 7, day, hour, 0, 0, 0, ZoneOffset.UTC);
    }

    public static JsonNode json(Object data) {
        return CloudEventCodec.mapper().valueToTree(data);
    }

    public static CloudEvent event(String type, String subject, String county, String actor, String correlationId,
                                   String causationId, OffsetDateTime time, Object data) {
        String service = type.substring(0, type.indexOf('.'));
        return new CloudEvent(uuid(), "/" + service + "-service", type, subject, time, json(data), county, actor,
                correlationId, causationId);
    }

    public static String topicOf(CloudEvent event) {
        return event.type().substring(0, event.type().indexOf('.')) + ".events";
    }

    /** Publishes the events in this order; events of one subject keep it on their partition. */
    public static void publish(List<CloudEvent> events) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (CloudEvent event : events) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topicOf(event), event.subject(), CloudEventCodec.encode(event));
                record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the test events", e);
        }
    }

    public static void publish(CloudEvent... events) {
        publish(List.of(events));
    }
}
