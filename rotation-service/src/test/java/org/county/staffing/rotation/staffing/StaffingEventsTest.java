package org.county.staffing.rotation.staffing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.contracts.post.PostFrozen;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.county.staffing.rotation.support.Feed;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The staffing picture follows the other departments' events on the real broker. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
class StaffingEventsTest {

    @Test
    void appointmentsTransfersLeavingAndFrozenPostsChangeThePicture() {
        String county = Feed.newCounty();
        String a = Feed.newSchoolId();
        String b = Feed.newSchoolId();
        String stays = UUID.randomUUID().toString();
        String leaves = UUID.randomUUID().toString();
        String moves = UUID.randomUUID().toString();
        String frozen;
        String target;
        try (Feed feed = new Feed(county)) {
            feed.schoolRegistered(a, "URBAN", "城区");
            feed.schoolRegistered(b, "RURAL", "东片");
            feed.allocation(a, 2);
            feed.allocation(b, 3);
            String p1 = feed.post(a, "TEACHING", "ENGLISH");
            String p2 = feed.post(a, "TEACHING", "ENGLISH");
            String p3 = feed.post(a, "TEACHING", "ENGLISH");
            frozen = feed.post(a, "TEACHING", "ART");
            target = feed.post(b, "TEACHING", "ENGLISH");
            for (String[] t : new String[][] {{stays, p1}, {leaves, p2}, {moves, p3}}) {
                feed.teacherRegistered(t[0], "ENGLISH", LocalDate.of(1990, 1, 1), "MALE", LocalDate.of(2014, 9, 1), false, false, "ACTIVE");
                feed.appointed(t[0], t[1], a, "ENGLISH", LocalDate.of(2014, 9, 1));
            }
            feed.flush();
            String bureau = TestTokens.user("jiaoyuju").role("education-bureau").county(county).token();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> staffing(bureau, a) != null
                    && staffing(bureau, a).getInt("staff") == 3 && staffing(bureau, b) != null && staffing(bureau, b).get("quota") != null);
            JsonPath before = staffing(bureau, a);
            assertThat(before.getString("status")).isEqualTo("OVER_STAFFED");
            assertThat(before.getInt("subjects.find { it.subject == 'ART' }.vacancies")).isEqualTo(1);

            feed.send(TeacherLeft.TYPE, leaves, new TeacherLeft(UUID.fromString(leaves), UUID.randomUUID(), UUID.fromString(p2), a,
                    "RESIGNED", LocalDate.parse("2026-07-01")));
            feed.send(TeacherTransferred.TYPE, moves, new TeacherTransferred(UUID.fromString(moves), UUID.randomUUID(),
                    UUID.fromString(p3), a, UUID.randomUUID(), UUID.fromString(target), b, "TEACHING", "ENGLISH",
                    LocalDate.parse("2026-09-01"), null, null, null, null, null, null));
            feed.send(PostFrozen.TYPE, frozen, new PostFrozen(UUID.fromString(frozen), a, county, "TEACHING", "ART", "SECOND",
                    "enrollment fell", null, null));
            // an event that can never be handled goes to the dead-letter topic, the rest goes on
            feed.sendMalformed("post.events", PostEstablished.TYPE.name(), "broken-" + county, Map.of("category", "TEACHING"));
            feed.flush();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> staffing(bureau, a).getInt("staff") == 1
                    && staffing(bureau, b).getInt("staff") == 1 && !staffing(bureau, a).getList("subjects.subject").contains("ART"));
            JsonPath after = staffing(bureau, a);
            assertThat(after.getString("status")).isEqualTo("UNDER_STAFFED");
            assertThat(after.getInt("subjects.find { it.subject == 'ENGLISH' }.vacancies")).isEqualTo(2);
            JsonPath atB = staffing(bureau, b);
            assertThat(atB.getInt("subjects.find { it.subject == 'ENGLISH' }.vacancies")).isZero();
            assertThat(atB.getString("status")).isEqualTo("UNDER_STAFFED");
            var dead = TopicRecords.shared().await("rotation-service.dead-letter", r -> ("broken-" + county).equals(r.key()), 1,
                    Duration.ofSeconds(60), Duration.ZERO);
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).contains("postId");
        }
    }

    private static JsonPath staffing(String token, String school) {
        var response = given().auth().oauth2(token).get("/schools/" + school + "/staffing");
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }
}
