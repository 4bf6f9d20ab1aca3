package org.county.staffing.rotation.support;

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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes other departments' events to the real broker, as their services would: structured
 * CloudEvents keyed by subject. One producer for the whole feed, flushed on demand.
 */
public final class Feed implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final KafkaProducer<String, byte[]> producer;
    private final String county;

    public Feed(String county) {
        this.county = county;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
    }

    public static String newCounty() {
        return "37" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
    }

    public static String newSchoolId() {
        return "37" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public void send(String topic, String type, String subject, Map<String, Object> data) {
        String source = "/" + topic.substring(0, topic.indexOf('.')) + "-service";
        CloudEvent event = new CloudEvent(UUID.randomUUID().toString(), source, type, subject,
                OffsetDateTime.now(ZoneOffset.UTC), JSON.valueToTree(data), county, "system:test", UUID.randomUUID().toString(), null);
        producer.send(new ProducerRecord<>(topic, subject, CloudEventCodec.encode(event)));
    }

    public void schoolRegistered(String schoolId, String location, String district) {
        send("quota.events", "quota.school.registered.v1", schoolId, Map.of("schoolId", schoolId, "countyId", county,
                "name", "学校" + schoolId.substring(6), "kind", "SCHOOL", "stages", List.of("PRIMARY"), "location", location,
                "district", district, "pool", "K12", "status", "ACTIVE", "registeredAt", "2026-01-05T08:00:00Z"));
    }

    public void allocation(String schoolId, int balance) {
        send("quota.events", "quota.allocation.changed.v1", schoolId, Map.of("entryId", UUID.randomUUID().toString(),
                "countyId", county, "pool", "K12", "schoolId", schoolId, "kind", "VERIFICATION", "delta", balance,
                "balance", balance, "reason", "triennial verification"));
    }

    public String post(String schoolId, String category, String subject) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> data = new java.util.HashMap<>(Map.of("postId", id, "schoolId", schoolId, "countyId", county,
                "category", category, "level", "SECOND", "status", "VACANT"));
        if (subject != null) {
            data.put("subject", subject);
        }
        send("post.events", "post.post.established.v1", id, data);
        return id;
    }

    public void teacherRegistered(String teacherId, String subject, java.time.LocalDate birthDate, String gender,
                                  java.time.LocalDate firstHire, boolean backbone, boolean young, String status) {
        send("recruitment.events", "recruitment.teacher.registered.v1", teacherId, Map.ofEntries(
                Map.entry("teacherId", teacherId), Map.entry("countyId", county), Map.entry("name", "教师" + teacherId.substring(0, 4)),
                Map.entry("gender", gender), Map.entry("birthDate", birthDate.toString()),
                Map.entry("idNumberMasked", "370683********123X"), Map.entry("subjects", List.of(subject)),
                Map.entry("title", "FIRST"), Map.entry("firstHireDate", firstHire.toString()), Map.entry("status", status),
                Map.entry("backbone", backbone), Map.entry("young", young)));
    }

    public void appointed(String teacherId, String postId, String schoolId, String subject, java.time.LocalDate since) {
        Map<String, Object> data = new java.util.HashMap<>(Map.of("teacherId", teacherId, "appointmentId", UUID.randomUUID().toString(),
                "postId", postId, "schoolId", schoolId, "category", "TEACHING", "effectiveFrom", since.toString(), "source", "IMPORT"));
        if (subject != null) {
            data.put("subject", subject);
        }
        send("recruitment.events", "recruitment.teacher.appointed.v1", teacherId, data);
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
