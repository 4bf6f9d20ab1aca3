package org.county.staffing.recruitment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.post.PostAbolished;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.contracts.post.PostFrozen;
import org.county.staffing.contracts.post.PostUnfrozen;
import org.county.staffing.contracts.quota.SchoolRegistered;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What the integration tests set up: users, schools and posts announced by events, teachers. */
public final class Fixtures {

    public static final String COUNTY = TestTokens.COUNTY;

    private Fixtures() {
    }

    public static String bureau() {
        return TestTokens.user("jiaoyuju").role("education-bureau").token();
    }

    public static RequestSpecification asBureau() {
        return given().auth().oauth2(bureau()).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String newSchoolId() {
        return "37068" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
    }

    /** A well-formed school id that {@link #registerSchool()} never gives out (a test database may outlive a run). */
    public static String unregisteredSchoolId() {
        return "37069" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
    }

    /** A valid resident ID number (GB 11643) for the birth date and gender. */
    public static String idNumber(LocalDate birthDate, boolean male) {
        int genderDigit = ThreadLocalRandom.current().nextInt(0, 5) * 2 + (male ? 1 : 0);
        String first17 = "370683" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100)) + genderDigit;
        return first17 + org.county.staffing.recruitment.employment.NationalIdNumber.checkCharacter(first17);
    }

    /** Publishes an event as another service would: structured CloudEvent on its topic, keyed by its subject. */
    public static <T extends Record> String publish(EventType<T> type, String subject, T payload) {
        return publish(type, subject, payload, COUNTY);
    }

    public static <T extends Record> String publish(EventType<T> type, String subject, T payload, String county) {
        String id = UUID.randomUUID().toString();
        String source = "/" + type.producer() + "-service";
        CloudEvent event = new CloudEvent(id, source, type.name(), subject, OffsetDateTime.now(ZoneOffset.UTC),
                type.encode(payload), county, type.producer() + ":tester", UUID.randomUUID().toString(), null);
        send(type.producer() + ".events", subject, CloudEventCodec.encode(event));
        return id;
    }

    /**
     * Sends a raw record. Kafka loads its metrics reporter through the thread's context class
     * loader; in a Quarkus test that is the application's loader, not the one of the client classes.
     */
    public static void send(String topic, String key, byte[] value) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(org.apache.kafka.clients.producer.KafkaProducer.class.getClassLoader());
        try {
            TopicRecords.shared().send(topic, key, value);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public static String registerSchool() {
        String schoolId = newSchoolId();
        publish(SchoolRegistered.TYPE, schoolId, new SchoolRegistered(schoolId, COUNTY, "学校" + schoolId, "SCHOOL",
                List.of("PRIMARY"), "URBAN", "城区", "K12", "ACTIVE", null, OffsetDateTime.now(ZoneOffset.UTC)));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> asBureau().get("/schools")
                .then().statusCode(200).extract().jsonPath().getList("schoolId").contains(schoolId));
        return schoolId;
    }

    /** HR establishes a post; returns once this service's read model shows it. */
    public static UUID establishPost(String schoolId, String category, String subject) {
        UUID postId = UUID.randomUUID();
        publish(PostEstablished.TYPE, postId.toString(), new PostEstablished(postId, schoolId, COUNTY, category, subject,
                "SECOND", "VACANT", null, null));
        awaitPostState(schoolId, postId, "VACANT");
        return postId;
    }

    public static void freezePost(String schoolId, UUID postId, String category, String subject) {
        publish(PostFrozen.TYPE, postId.toString(), new PostFrozen(postId, schoolId, COUNTY, category, subject, "SECOND",
                "test", null, "HR_DECISION"));
    }

    public static void unfreezePost(String schoolId, UUID postId, String category, String subject) {
        publish(PostUnfrozen.TYPE, postId.toString(), new PostUnfrozen(postId, schoolId, COUNTY, category, subject, "SECOND",
                "test", null, "HR_DECISION"));
    }

    public static void abolishPost(String schoolId, UUID postId, String category, String subject) {
        publish(PostAbolished.TYPE, postId.toString(), new PostAbolished(postId, schoolId, COUNTY, category, subject, "SECOND",
                "test", null));
    }

    public static void awaitPostState(String schoolId, UUID postId, String state) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Map<String, Object>> posts = asBureau().queryParam("schoolId", schoolId).get("/posts")
                    .then().statusCode(200).extract().jsonPath().getList("$");
            return posts.stream().anyMatch(p -> postId.toString().equals(p.get("postId")) && state.equals(p.get("state")));
        });
    }

    public static Map<String, Object> teacherBody(String name, LocalDate birthDate, boolean male, List<String> subjects) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("gender", male ? "MALE" : "FEMALE");
        body.put("birthDate", birthDate.toString());
        body.put("idNumber", idNumber(birthDate, male));
        body.put("subjects", subjects);
        body.put("title", "FIRST");
        body.put("firstHireDate", birthDate.plusYears(23).toString());
        return body;
    }

    public static UUID registerTeacher(String... subjects) {
        // a random birth date keeps generated ID numbers apart across the whole test run
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7_000));
        Map<String, Object> body = teacherBody("教师" + ThreadLocalRandom.current().nextInt(10000), born, true, List.of(subjects));
        String id = asBureau().body(body).post("/teachers").then().statusCode(201).extract().path("teacherId");
        return UUID.fromString(id);
    }

    public static UUID appoint(UUID teacherId, UUID postId, LocalDate from) {
        String id = asBureau().body(Map.of("teacherId", teacherId.toString(), "postId", postId.toString(),
                "effectiveFrom", from.toString())).post("/appointments").then().statusCode(201).extract().path("appointmentId");
        return UUID.fromString(id);
    }

    /** The events of this service on the real broker whose subject is {@code key} and whose type is {@code type}. */
    public static List<CloudEvent> events(String key, String type, int atLeast) {
        return TopicRecords.shared().await("recruitment.events", r -> key.equals(r.key()), atLeast, Duration.ofSeconds(30),
                        Duration.ofMillis(300)).stream()
                .map(r -> CloudEventCodec.decode(r.value()))
                .filter(e -> type == null || e.type().equals(type))
                .toList();
    }

    /** Waits until at least {@code n} events of the type for the key were published. */
    public static List<CloudEvent> awaitEvents(String key, String type, int n) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<CloudEvent> found = List.of();
        while (System.nanoTime() < deadline) {
            found = TopicRecords.shared().await("recruitment.events", r -> key.equals(r.key()), 1, Duration.ofSeconds(10),
                            Duration.ofMillis(200)).stream()
                    .map(r -> CloudEventCodec.decode(r.value())).filter(e -> e.type().equals(type)).toList();
            if (found.size() >= n) {
                return found;
            }
        }
        return found;
    }
}
