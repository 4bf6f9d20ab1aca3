package org.county.staffing.post;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.quota.AllocationChanged;
import org.county.staffing.contracts.quota.SchoolMerged;
import org.county.staffing.contracts.quota.SchoolRegistered;
import org.county.staffing.contracts.recruitment.TeacherAppointed;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.infra.testing.TestServers;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;

/**
 * What the integration tests share: fresh ids, tokens, and the events of quota-service and
 * recruitment-service as they put them on the real broker (structured CloudEvents, keyed by subject).
 */
public final class Fixtures {

    public static final String COUNTY = TestTokens.COUNTY;
    private static final AtomicLong NEXT_SCHOOL = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000L, 80_000_000L));
    private static KafkaProducer<String, byte[]> producer;

    private Fixtures() {
    }

    /** A school id no other test of this JVM uses ("37" and eight digits). */
    public static String newSchoolId() {
        return "37" + NEXT_SCHOOL.addAndGet(1 + ThreadLocalRandom.current().nextInt(50));
    }

    public static String hr() {
        return TestTokens.user("renshe").role("hr").token();
    }

    public static String token(String role) {
        return TestTokens.user("user-" + role).role(role).token();
    }

    public static String schoolUser(String schoolId) {
        return TestTokens.user("xiaozhang").role("school").school(schoolId).token();
    }

    // --- events of other services, built from their contracts' records

    /** When the events of the tests happened: a fixed instant, so that nothing depends on the day the suite runs. */
    public static final OffsetDateTime EVENT_TIME = OffsetDateTime.of(2026, 8, 20, 2, 0, 0, 0, ZoneOffset.UTC);
    public static final LocalDate TERM_START = LocalDate.of(2026, 9, 1);

    public static <T extends Record> CloudEvent event(String source, EventType<T> type, String subject, T payload) {
        return new CloudEvent(UUID.randomUUID().toString(), source, type.name(), subject, EVENT_TIME, type.encode(payload),
                COUNTY, "staffing-office:bianban", UUID.randomUUID().toString(), null);
    }

    public static <T extends Record> void publishQuota(EventType<T> type, String subject, T payload) {
        publish("quota.events", event("/quota-service", type, subject, payload));
    }

    public static <T extends Record> void publishRecruitment(EventType<T> type, String subject, T payload) {
        publish("recruitment.events", event("/recruitment-service", type, subject, payload));
    }

    public static synchronized void publish(String topic, CloudEvent event) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.subject(), CloudEventCodec.encode(event));
        record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event.type(), e);
        }
    }

    public static void registerSchool(String schoolId, String location) {
        publishQuota(SchoolRegistered.TYPE, schoolId, new SchoolRegistered(schoolId, COUNTY, "测试学校" + schoolId.substring(6),
                "SCHOOL", List.of("PRIMARY"), location, "城区学区", "K12", "ACTIVE", null, EVENT_TIME));
    }

    public static void allocate(String schoolId, String kind, int delta, int balance) {
        publishQuota(AllocationChanged.TYPE, schoolId, new AllocationChanged(UUID.randomUUID(), COUNTY, "K12", schoolId, kind,
                delta, balance, "test", null, null, 10_000, balance, EVENT_TIME));
    }

    public static void merge(String schoolId, String intoSchoolId, int quotaMoved) {
        publishQuota(SchoolMerged.TYPE, schoolId, new SchoolMerged(schoolId, intoSchoolId, quotaMoved, "撤并",
                UUID.randomUUID(), COUNTY));
    }

    /** A registered school with the quota, visible to the service once this returns. */
    public static String schoolWithQuota(int quota) {
        return schoolWithQuota(quota, "URBAN");
    }

    public static String schoolWithQuota(int quota, String location) {
        String id = newSchoolId();
        registerSchool(id, location);
        allocate(id, "VERIFICATION", quota, quota);
        awaitQuota(id, quota);
        return id;
    }

    public static void setQuota(String schoolId, int previous, int quota) {
        allocate(schoolId, "ADJUSTMENT", quota - previous, quota);
        awaitQuota(schoolId, quota);
    }

    public static void awaitQuota(String schoolId, int quota) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().auth().oauth2(hr()).get("/schools/" + schoolId + "/post-summary");
            return response.statusCode() == 200 && response.jsonPath().getInt("quota") == quota;
        });
    }

    public static JsonNode summary(String schoolId) {
        String body = given().auth().oauth2(hr()).get("/schools/" + schoolId + "/post-summary")
                .then().statusCode(200).extract().asString();
        return read(body);
    }

    public static List<String> createPosts(String schoolId, String category, String subject, int count) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category);
        body.put("subject", subject);
        body.put("level", "FIRST");
        body.put("count", count);
        return given().auth().oauth2(hr()).contentType(ContentType.JSON).body(body)
                .post("/schools/" + schoolId + "/posts")
                .then().statusCode(201).extract().jsonPath().getList("postId", String.class);
    }

    public static JsonNode post(String postId) {
        return read(given().auth().oauth2(hr()).get("/posts/" + postId).then().statusCode(200).extract().asString());
    }

    public static JsonNode awaitPost(String postId, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = post(postId);
            return condition.test(last[0]);
        });
        return last[0];
    }

    public static JsonNode awaitPostStatus(String postId, String status) {
        return awaitPost(postId, p -> status.equals(p.path("status").asText()));
    }

    public static void appoint(String teacherId, String postId, String schoolId) {
        publishRecruitment(TeacherAppointed.TYPE, teacherId, new TeacherAppointed(UUID.fromString(teacherId), UUID.randomUUID(),
                UUID.fromString(postId), schoolId, "TEACHING", null, TERM_START, "DIRECT", null));
    }

    public static void transfer(String teacherId, String fromPostId, String fromSchoolId, String toPostId, String toSchoolId,
                                String planId) {
        publishRecruitment(TeacherTransferred.TYPE, teacherId, new TeacherTransferred(UUID.fromString(teacherId),
                UUID.randomUUID(), UUID.fromString(fromPostId), fromSchoolId, UUID.randomUUID(), UUID.fromString(toPostId),
                toSchoolId, "TEACHING", "MATHEMATICS", TERM_START, planId == null ? null : UUID.fromString(planId), null, null,
                null, null, null));
    }

    public static void leave(String teacherId, String postId, String schoolId, String reason) {
        publishRecruitment(TeacherLeft.TYPE, teacherId, new TeacherLeft(UUID.fromString(teacherId), UUID.randomUUID(),
                UUID.fromString(postId), schoolId, reason, LocalDate.of(2027, 7, 31)));
    }

    /** A teacher who held no post leaves: the contract leaves the appointment fields out. */
    public static void leaveWithoutPost(String teacherId, String reason) {
        publishRecruitment(TeacherLeft.TYPE, teacherId, new TeacherLeft(UUID.fromString(teacherId), null, null, null, reason,
                LocalDate.of(2027, 7, 31)));
    }

    /** The events post-service published whose data matches, once at least {@code atLeast} are there. */
    public static List<CloudEvent> postEvents(Predicate<CloudEvent> filter, int atLeast) {
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.shared().await("post.events",
                r -> filter.test(CloudEventCodec.decode(r.value())), atLeast, Duration.ofSeconds(30), Duration.ofMillis(500));
        List<CloudEvent> events = new ArrayList<>();
        records.forEach(r -> events.add(CloudEventCodec.decode(r.value())));
        return events;
    }

    public static Predicate<CloudEvent> ofType(String type, String field, String value) {
        return e -> type.equals(e.type()) && Objects.equals(value, e.data().path(field).asText(null));
    }

    public static JsonNode read(String json) {
        try {
            return CloudEventCodec.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
