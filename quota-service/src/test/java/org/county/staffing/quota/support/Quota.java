package org.county.staffing.quota.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.contracts.EventType;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Test helpers: fresh counties and school ids (tests share one database and never assume it is
 * empty), tokens of the county's users, and the quota-service calls most tests start from.
 */
public final class Quota {

    private static final AtomicLong SCHOOLS = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L, 800_000_000L));
    private static final AtomicLong COUNTIES = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000, 80_000));

    private Quota() {
    }

    /** A county no other test uses: its pools open fresh with the configured totals. */
    public static String newCounty() {
        return "9" + COUNTIES.incrementAndGet();
    }

    public static String newSchoolId() {
        return "2" + SCHOOLS.incrementAndGet();
    }

    public static String token(String county, String role) {
        return TestTokens.user(role.replace("-", "") + "-user").role(role).county(county).token();
    }

    public static RequestSpecification as(String county, String role) {
        return given().auth().oauth2(token(county, role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification office(String county) {
        return as(county, "staffing-office");
    }

    public static RequestSpecification bureau(String county) {
        return as(county, "education-bureau");
    }

    public static Map<String, Object> school(String id, String kind, List<String> stages, String location, String district) {
        return Map.of("id", id, "name", "学校" + id.substring(6), "kind", kind, "stages", stages, "location", location,
                "district", district);
    }

    /** Registers a school and returns its id. */
    public static String register(String county, String kind, List<String> stages, String location, String district) {
        String id = newSchoolId();
        office(county).body(school(id, kind, stages, location, district)).post("/schools").then().statusCode(201);
        return id;
    }

    public static String registerPrimary(String county) {
        return register(county, "SCHOOL", List.of("PRIMARY"), "URBAN", "城区学区");
    }

    public static void enroll(String county, String schoolId, String year, Map<String, Object> body) {
        bureau(county).body(body).put("/schools/" + schoolId + "/enrollment/" + year).then().statusCode(200);
    }

    /** An ADJUSTMENT entry giving the school {@code delta} more quota. */
    public static void allocate(String county, String schoolId, int delta) {
        office(county).body(Map.of("delta", delta, "reason", "initial allocation"))
                .post("/schools/" + schoolId + "/quota/adjustments").then().statusCode(201);
    }

    public static int allocated(String county, String schoolId) {
        return office(county).get("/schools/" + schoolId + "/quota").then().statusCode(200).extract().path("allocated");
    }

    /** quota.events records whose key is the subject, once at least {@code n} arrived. */
    public static List<CloudEvent> events(String subject, int n, Predicate<CloudEvent> filter) {
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.shared().await("quota.events",
                r -> subject.equals(r.key()) && filter.test(CloudEventCodec.decode(r.value())), n, Duration.ofSeconds(30),
                Duration.ofMillis(500));
        return records.stream().map(r -> CloudEventCodec.decode(r.value())).toList();
    }

    public static List<CloudEvent> events(String subject, String type, int n) {
        return events(subject, n, e -> e.type().equals(type));
    }

    /** Sends an event of another service to its topic, its data written by the type's contract. */
    public static <T extends Record> String send(EventType<T> type, String subject, String county, T payload) {
        return send(type.producer() + ".events", type.name(), subject, county, type.encode(payload));
    }

    /** Sends an event of another service to its topic, as that service's outbox relay would. */
    public static String send(String topic, String type, String subject, String county, JsonNode data) {
        String id = UUID.randomUUID().toString();
        String source = "/" + topic.substring(0, topic.indexOf('.')) + "-service";
        CloudEvent event = new CloudEvent(id, source, type, subject, OffsetDateTime.now(ZoneOffset.UTC), data, county,
                "education-bureau:jiaoyuju", UUID.randomUUID().toString(), null);
        TopicRecords.shared().send(topic, subject, CloudEventCodec.encode(event));
        return id;
    }

    public static JsonNode json(Object value) {
        return CloudEventCodec.mapper().valueToTree(value);
    }
}
