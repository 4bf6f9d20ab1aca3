package org.county.staffing.rotation.community;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.contracts.rotation.CommunityFormed;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.county.staffing.rotation.support.Feed;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
class CommunityResourceTest {

    /** Registers schools of a fresh county through quota events; returns {county, school ids...}. */
    static String[] schools(int n) {
        String county = Feed.newCounty();
        String[] ids = new String[n + 1];
        ids[0] = county;
        try (Feed feed = new Feed(county)) {
            for (int i = 1; i <= n; i++) {
                ids[i] = Feed.newSchoolId();
                feed.schoolRegistered(ids[i], i == 1 ? "URBAN" : "RURAL", "城区学区");
            }
            feed.flush();
        }
        String bureau = bureau(county);
        // schools arrive on different partitions, in any order
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> java.util.Arrays.stream(ids, 1, n + 1).allMatch(id ->
                given().auth().oauth2(bureau).get("/schools/" + id + "/profile").then().extract().statusCode() == 200));
        return ids;
    }

    static String bureau(String county) {
        return TestTokens.user("jiaoyuju").role("education-bureau").county(county).token();
    }

    @Test
    void aCommunityIsFormedWithItsModelAndItsActivitiesAreCountedPerYear() {
        String[] s = schools(4);
        String bureau = bureau(s[0]);
        JsonPath formed = given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("name", "城关小学发展共同体", "leadSchoolId", s[1], "memberSchoolIds", List.of(s[2], s[3])))
                .post("/communities").then().statusCode(201).body("model", equalTo("1+N")).extract().jsonPath();
        String id = formed.getString("communityId");
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("name", "实验小学共同体", "leadSchoolId", s[4], "memberSchoolIds", List.of(s[3])))
                .post("/communities").then().statusCode(409).body("rule", equalTo("COMMUNITY_MEMBERSHIP_UNIQUE"));
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("name", "城关小学发展共同体", "leadSchoolId", s[4], "memberSchoolIds", List.of(s[4])))
                .post("/communities").then().statusCode(422).body("rule", equalTo("COMMUNITY_MEMBERS_DISTINCT"));
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "leadSchoolId", s[4], "memberSchoolIds", List.of()))
                .post("/communities").then().statusCode(400).body("rule", equalTo("COMMUNITY_MEMBERS_REQUIRED"));
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "leadSchoolId", s[4], "memberSchoolIds", List.of("1999999999")))
                .post("/communities").then().statusCode(404).body("rule", equalTo("SCHOOL_EXISTS"));

        CloudEvent event = CloudEventCodec.decode(TopicRecords.shared().await("rotation.events", r -> id.equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ZERO).get(0).value());
        assertThat(event.type()).isEqualTo("rotation.community.formed.v1");
        assertThat(event.data(CommunityFormed.TYPE).memberSchoolIds()).hasSize(2);
        assertThat(event.data(CommunityFormed.TYPE).leadSchoolId()).isEqualTo(s[1]);

        // the lead school records a lecture; a member school may not; the bureau records training
        String lead = TestTokens.user("lead").role("school").school(s[1]).county(s[0]).token();
        given().auth().oauth2(lead).contentType(ContentType.JSON)
                .body(Map.of("kind", "LECTURE", "title", "课堂教学讲座", "date", "2025-10-15", "schoolIds", List.of(s[1], s[2]), "participants", 40))
                .post("/communities/" + id + "/activities").then().statusCode(201).body("schoolYear", equalTo("2025-2026"));
        given().auth().oauth2(TestTokens.user("member").role("school").school(s[2]).county(s[0]).token()).contentType(ContentType.JSON)
                .body(Map.of("kind", "LECTURE", "date", "2025-10-15", "schoolIds", List.of(s[2]), "participants", 10))
                .post("/communities/" + id + "/activities").then().statusCode(403).body("rule", equalTo("COMMUNITY_LEAD_RECORDS"));
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "date", "2026-03-02", "schoolIds", List.of(s[1], s[2], s[3]), "participants", 120))
                .post("/communities/" + id + "/activities").then().statusCode(201);
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("kind", "LESSON_SENT", "date", "2026-04-20", "schoolIds", List.of(s[3]), "participants", 2))
                .post("/communities/" + id + "/activities").then().statusCode(201);
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("kind", "LESSON_SENT", "date", "2026-09-20", "schoolIds", List.of(s[3]), "participants", 2))
                .post("/communities/" + id + "/activities").then().statusCode(201).body("schoolYear", equalTo("2026-2027"));
        // refusals: a school outside, no participants, a future date, an unknown kind
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "date", "2026-03-02", "schoolIds", List.of(s[4]), "participants", 5))
                .post("/communities/" + id + "/activities").then().statusCode(422).body("rule", equalTo("ACTIVITY_SCHOOLS_IN_COMMUNITY"));
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "date", "2026-03-02", "schoolIds", List.of(s[1]), "participants", 0))
                .post("/communities/" + id + "/activities").then().statusCode(400).body("rule", equalTo("ACTIVITY_PARTICIPANTS_RANGE"));
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("kind", "TRAINING", "date", "2099-03-02", "schoolIds", List.of(s[1]), "participants", 3))
                .post("/communities/" + id + "/activities").then().statusCode(422).body("rule", equalTo("ACTIVITY_DATE_PAST"));
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("kind", "PICNIC", "date", "2026-03-02", "schoolIds", List.of(s[1]), "participants", 3))
                .post("/communities/" + id + "/activities").then().statusCode(400).body("rule", equalTo("FIELD_TYPE"));

        JsonPath stats = given().auth().oauth2(lead).get("/communities/" + id + "/stats?schoolYear=2025-2026")
                .then().statusCode(200).extract().jsonPath();
        assertThat(stats.getInt("activities")).isEqualTo(3);
        assertThat(stats.getInt("participants")).isEqualTo(162);
        assertThat(stats.getInt("lessonsSent")).isEqualTo(1);
        assertThat(stats.getInt("trainingPersonTimes")).isEqualTo(120);
        assertThat(stats.getInt("byKind.LECTURE.activities")).isEqualTo(1);
        JsonPath county = given().auth().oauth2(bureau).get("/communities/stats?schoolYear=2025-2026").then().statusCode(200).extract().jsonPath();
        assertThat(county.getInt("communities")).isEqualTo(1);
        assertThat(county.getInt("activities")).isEqualTo(3);
        given().auth().oauth2(bureau).get("/communities/" + id + "/stats?schoolYear=2026-2027").then().body("activities", equalTo(1));
        // the activities themselves, newest first, of a school year or all, paged
        JsonPath listed = given().auth().oauth2(lead).get("/communities/" + id + "/activities?schoolYear=2025-2026")
                .then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("date", String.class)).containsExactly("2026-04-20", "2026-03-02", "2025-10-15");
        assertThat(listed.getList("kind", String.class)).containsExactly("LESSON_SENT", "TRAINING", "LECTURE");
        assertThat(listed.getList("schoolIds[2]", String.class)).containsExactly(s[1], s[2]);
        given().auth().oauth2(bureau).get("/communities/" + id + "/activities?page=1&size=3")
                .then().statusCode(200).body("date", contains("2025-10-15"));
        given().auth().oauth2(bureau).get("/communities/" + id + "/activities?schoolYear=2025")
                .then().statusCode(400);
        given().auth().oauth2(bureau(Feed.newCounty())).get("/communities/" + id + "/activities").then().statusCode(404);
        // a member's profile names its community
        given().auth().oauth2(bureau).get("/schools/" + s[3] + "/profile").then().body("communityId", equalTo(id));
        given().auth().oauth2(bureau(Feed.newCounty())).get("/communities/" + id).then().statusCode(404).body("rule", equalTo("COMMUNITY_EXISTS"));
    }

    @Test
    void aPairIsAOnePlusOneCommunity() {
        String[] s = schools(2);
        given().auth().oauth2(bureau(s[0])).contentType(ContentType.JSON)
                .body(Map.of("name", "结对", "leadSchoolId", s[1], "memberSchoolIds", List.of(s[2])))
                .post("/communities").then().statusCode(201).body("model", equalTo("1+1"))
                .body("memberSchoolIds", equalTo(List.of(s[2])));
    }
}
