package org.county.staffing.post.occupancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.post.Fixtures.hr;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TopicRecords;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class OccupancyFlowTest {

    @Test
    void anAppointedTeacherOccupiesThePostWhichCannotBeAbolishedUntilTheyLeave() {
        String school = Fixtures.schoolWithQuota(2);
        String post = Fixtures.createPosts(school, "TEACHING", "PHYSICS", 1).get(0);
        String teacher = UUID.randomUUID().toString();
        Fixtures.appoint(teacher, post, school);
        JsonNode occupied = Fixtures.awaitPostStatus(post, "OCCUPIED");
        assertThat(occupied.path("teacherId").asText()).isEqualTo(teacher);
        assertThat(occupied.path("occupiedSince").asText()).isEqualTo("2026-09-01");

        given().auth().oauth2(hr()).delete("/posts/" + post)
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("ABOLISH_UNOCCUPIED_ONLY")).body("field", equalTo("postId"));
        given().auth().oauth2(hr()).post("/posts/" + post + "/freeze")
                .then().statusCode(409).body("rule", equalTo("FREEZE_VACANT_ONLY"));
        assertThat(Fixtures.post(post).path("status").asText()).isEqualTo("OCCUPIED");

        Fixtures.leave(teacher, post, school, "RESIGNED");
        JsonNode vacant = Fixtures.awaitPostStatus(post, "VACANT");
        assertThat(vacant.path("teacherId").isNull()).isTrue();
        given().auth().oauth2(hr()).delete("/posts/" + post).then().statusCode(200).body("status", equalTo("ABOLISHED"));
    }

    @Test
    void aTransferVacatesOnePostAndFillsTheNext() {
        String from = Fixtures.schoolWithQuota(2);
        String to = Fixtures.schoolWithQuota(2, "RURAL");
        String fromPost = Fixtures.createPosts(from, "TEACHING", "MATHEMATICS", 1).get(0);
        String toPost = Fixtures.createPosts(to, "TEACHING", "MATHEMATICS", 1).get(0);
        String teacher = UUID.randomUUID().toString();
        Fixtures.appoint(teacher, fromPost, from);
        Fixtures.awaitPostStatus(fromPost, "OCCUPIED");
        Fixtures.transfer(teacher, fromPost, from, toPost, to, null);
        Fixtures.awaitPostStatus(toPost, "OCCUPIED");
        assertThat(Fixtures.post(toPost).path("teacherId").asText()).isEqualTo(teacher);
        assertThat(Fixtures.post(fromPost).path("status").asText()).isEqualTo("VACANT");

        // HR's register announces who holds which post, naming the teacher (the audit trail's timeline)
        List<org.county.staffing.backbone.events.CloudEvent> holders = Fixtures.postEvents(
                e -> teacher.equals(e.data().path("teacherId").asText()), 3);
        // in order per post (the post is the key); the two posts may sit on different partitions
        assertThat(holders.stream().filter(e -> e.subject().equals(fromPost)).map(e -> e.type()).toList())
                .containsExactly("post.post.occupied.v1", "post.post.vacated.v1");
        assertThat(holders.stream().filter(e -> e.subject().equals(toPost)).map(e -> e.type()).toList())
                .containsExactly("post.post.occupied.v1");
        assertThat(holders).filteredOn(e -> e.type().equals("post.post.vacated.v1"))
                .extracting(e -> e.data().path("status").asText()).containsExactly("VACANT");
        assertThat(holders).filteredOn(e -> e.subject().equals(toPost))
                .extracting(e -> e.data().path("since").asText()).containsExactly("2026-09-01");
    }

    @Test
    void aPairedExchangeEndsWithEachTeacherOnTheOthersPostWhicheverEventComesFirst() {
        String a = Fixtures.schoolWithQuota(1);
        String b = Fixtures.schoolWithQuota(1);
        String postA = Fixtures.createPosts(a, "TEACHING", "ENGLISH", 1).get(0);
        String postB = Fixtures.createPosts(b, "TEACHING", "ENGLISH", 1).get(0);
        String teacherA = UUID.randomUUID().toString();
        String teacherB = UUID.randomUUID().toString();
        Fixtures.appoint(teacherA, postA, a);
        Fixtures.appoint(teacherB, postB, b);
        Fixtures.awaitPostStatus(postA, "OCCUPIED");
        Fixtures.awaitPostStatus(postB, "OCCUPIED");

        // A's transfer is handled while B still holds the post A moves to
        Fixtures.transfer(teacherA, postA, a, postB, b, null);
        JsonNode waiting = Fixtures.awaitPost(postB, p -> teacherA.equals(p.path("pendingTeacherId").asText()));
        assertThat(waiting.path("teacherId").asText()).isEqualTo(teacherB);
        Fixtures.transfer(teacherB, postB, b, postA, a, null);

        Fixtures.awaitPost(postA, p -> teacherB.equals(p.path("teacherId").asText()));
        JsonNode swapped = Fixtures.awaitPost(postB, p -> teacherA.equals(p.path("teacherId").asText()));
        assertThat(swapped.path("status").asText()).isEqualTo("OCCUPIED");
        assertThat(swapped.path("pendingTeacherId").isNull()).isTrue();
    }

    @Test
    void anAppointmentToAPostThisServiceNeverEstablishedIsDeadLettered() {
        String teacher = UUID.randomUUID().toString();
        Fixtures.appoint(teacher, UUID.randomUUID().toString(), "1137068399");
        List<ConsumerRecord<String, byte[]>> dead = TopicRecords.shared().await("post-service.dead-letter",
                r -> teacher.equals(r.key()), 1, Duration.ofSeconds(60), Duration.ZERO);
        assertThat(dead).hasSize(1);
        String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertThat(reason).contains("never established");
    }

    @Test
    void aTeacherLeavingWithoutAPostChangesNothingAndIsNotDeadLettered() {
        String school = Fixtures.schoolWithQuota(1);
        String post = Fixtures.createPosts(school, "TEACHING", "HISTORY", 1).get(0);
        String teacher = UUID.randomUUID().toString();
        Fixtures.leaveWithoutPost(teacher, "RESIGNED");
        // the teacher's next event shares the partition (the teacher is the key): once it is seen, the departure was handled
        Fixtures.appoint(teacher, post, school);
        Fixtures.awaitPostStatus(post, "OCCUPIED");
        assertThat(TopicRecords.shared().await("post-service.dead-letter", r -> teacher.equals(r.key()), 0,
                Duration.ofSeconds(5), Duration.ofSeconds(2))).isEmpty();
    }
}
