package org.county.staffing.rotation.support;

import java.time.LocalDate;
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
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.contracts.quota.AllocationChanged;
import org.county.staffing.contracts.quota.SchoolRegistered;
import org.county.staffing.contracts.recruitment.TeacherAppointed;
import org.county.staffing.contracts.recruitment.TeacherRegistered;
import org.county.staffing.infra.testing.TestServers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes other departments' events to the real broker, as their services would: structured
 * CloudEvents keyed by subject, their payloads written by the events' contracts. One producer for
 * the whole feed, flushed on demand.
 */
public final class Feed implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final OffsetDateTime REGISTERED_AT = OffsetDateTime.parse("2026-01-05T08:00:00Z");
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

    /** An event of the type, its payload written by the type's contract. */
    public <T extends Record> void send(EventType<T> type, String subject, T payload) {
        publish(type.producer() + ".events", type.name(), subject, type.encode(payload));
    }

    /** An event whose payload no contract would write: for the malformed events a consumer must refuse. */
    public void sendMalformed(String topic, String type, String subject, Map<String, Object> data) {
        publish(topic, type, subject, JSON.valueToTree(data));
    }

    private void publish(String topic, String type, String subject, JsonNode data) {
        String source = "/" + topic.substring(0, topic.indexOf('.')) + "-service";
        CloudEvent event = new CloudEvent(UUID.randomUUID().toString(), source, type, subject,
                OffsetDateTime.now(ZoneOffset.UTC), data, county, "system:test", UUID.randomUUID().toString(), null);
        producer.send(new ProducerRecord<>(topic, subject, CloudEventCodec.encode(event)));
    }

    public void schoolRegistered(String schoolId, String location, String district) {
        send(SchoolRegistered.TYPE, schoolId, new SchoolRegistered(schoolId, county, "学校" + schoolId.substring(6), "SCHOOL",
                List.of("PRIMARY"), location, district, "K12", "ACTIVE", null, REGISTERED_AT));
    }

    public void allocation(String schoolId, int balance) {
        send(AllocationChanged.TYPE, schoolId, new AllocationChanged(UUID.randomUUID(), county, "K12", schoolId,
                "VERIFICATION", balance, balance, "triennial verification", null, null, balance, balance, REGISTERED_AT));
    }

    public String post(String schoolId, String category, String subject) {
        UUID id = UUID.randomUUID();
        send(PostEstablished.TYPE, id.toString(), new PostEstablished(id, schoolId, county, category, subject, "SECOND",
                "VACANT", null, null));
        return id.toString();
    }

    public void teacherRegistered(String teacherId, String subject, LocalDate birthDate, String gender,
                                  LocalDate firstHire, boolean backbone, boolean young, String status) {
        send(TeacherRegistered.TYPE, teacherId, new TeacherRegistered(UUID.fromString(teacherId), county,
                "教师" + teacherId.substring(0, 4), gender, birthDate, "370683********123X", List.of(subject), "FIRST",
                "TEACHING", firstHire, status, backbone, young, null));
    }

    public void appointed(String teacherId, String postId, String schoolId, String subject, LocalDate since) {
        send(TeacherAppointed.TYPE, teacherId, new TeacherAppointed(UUID.fromString(teacherId), UUID.randomUUID(),
                UUID.fromString(postId), schoolId, "TEACHING", subject, since, "IMPORT", null));
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
