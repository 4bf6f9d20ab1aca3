package org.county.staffing.post.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.post.Fixtures.hr;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class PostResourceTest {

    static ValidatableResponse create(String schoolId, Map<String, Object> body) {
        return given().auth().oauth2(hr()).contentType(ContentType.JSON).body(body)
                .post("/schools/" + schoolId + "/posts").then();
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    @Test
    void hrSetsUpSeveralPostsAtOnceAndEachIsAnnounced() {
        String school = Fixtures.schoolWithQuota(10);
        List<String> ids = create(school, body("category", "TEACHING", "subject", "mathematics", "level", "SENIOR",
                "count", 3, "reason", "三年级扩班"))
                .statusCode(201)
                .body("", hasSize(3))
                .body("[0].status", equalTo("VACANT"))
                .body("[0].subject", equalTo("MATHEMATICS"))
                .body("[0].level", equalTo("SENIOR"))
                .body("[0].schoolId", equalTo(school))
                .extract().jsonPath().getList("postId", String.class);

        List<CloudEvent> events = Fixtures.postEvents(Fixtures.ofType("post.post.established.v1", "schoolId", school), 3);
        assertThat(events).hasSize(3);
        assertThat(events).extracting(CloudEvent::subject).containsExactlyInAnyOrderElementsOf(ids);
        CloudEvent first = events.get(0);
        assertThat(first.source()).isEqualTo("/post-service");
        assertThat(first.actor()).isEqualTo("hr:renshe");
        assertThat(first.countyId()).isEqualTo(Fixtures.COUNTY);
        assertThat(first.data().path("category").asText()).isEqualTo("TEACHING");
        assertThat(first.data().path("subject").asText()).isEqualTo("MATHEMATICS");
        assertThat(first.data().path("level").asText()).isEqualTo("SENIOR");
        assertThat(first.data().path("status").asText()).isEqualTo("VACANT");
        assertThat(first.data().path("planId").isNull()).isTrue();

        JsonNode summary = Fixtures.summary(school);
        assertThat(summary.path("quota").asInt()).isEqualTo(10);
        assertThat(summary.path("established").asInt()).isEqualTo(3);
        assertThat(summary.path("vacant").asInt()).isEqualTo(3);
        assertThat(summary.path("room").asInt()).isEqualTo(7);
        assertThat(summary.path("overEstablishedBy").asInt()).isZero();
        assertThat(summary.path("bySubject").path("MATHEMATICS").path("vacant").asInt()).isEqualTo(3);

        given().auth().oauth2(hr()).get("/schools/" + school + "/posts?subject=MATHEMATICS")
                .then().statusCode(200).body("", hasSize(3));
        given().auth().oauth2(Fixtures.token("education-bureau")).get("/posts/" + ids.get(0))
                .then().statusCode(200).body("postId", equalTo(ids.get(0)));
    }

    @Test
    void supportAndManagementPostsHaveNoSubjectAndLevelDefaultsToNone() {
        String school = Fixtures.schoolWithQuota(20);
        create(school, body("category", "SUPPORT", "count", 1)).statusCode(201)
                .body("[0].subject", nullValue()).body("[0].level", equalTo("NONE"));
        create(school, body("category", "MANAGEMENT", "count", 2)).statusCode(201);
    }

    @Test
    void badInputIsRefusedNamingFieldAndRuleAndNothingIsWritten() {
        String school = Fixtures.schoolWithQuota(4);
        create(school, body("category", "TEACHING", "subject", "CHINESE", "count", 0)).statusCode(400)
                .contentType("application/problem+json")
                .body("rule", equalTo("POST_COUNT_RANGE")).body("field", equalTo("count"))
                .body("reason.zh", equalTo("至少设置 1 个岗位"));
        create(school, body("category", "TEACHING", "subject", "CHINESE")).statusCode(400)
                .body("rule", equalTo("NOT_NULL")).body("field", equalTo("count"));
        create(school, body("category", "TEACHING", "subject", "CHINESE", "count", "2")).statusCode(400)
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("count"));
        create(school, body("category", "TEACHING", "subject", "CHINESE", "count", 1.5)).statusCode(400)
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("count"));
        create(school, body("category", "TEACHING", "count", 1)).statusCode(422)
                .body("rule", equalTo("TEACHING_POST_SUBJECT_REQUIRED")).body("field", equalTo("subject"))
                .body("reason.en", equalTo("a TEACHING post names the subject it teaches"));
        create(school, body("category", "SUPPORT", "subject", "PE", "count", 1)).statusCode(422)
                .body("rule", equalTo("SUBJECT_ONLY_ON_TEACHING_POSTS")).body("field", equalTo("subject"));
        create(school, body("category", "MANAGEMENT", "subject", "PE", "count", 1)).statusCode(422)
                .body("rule", equalTo("SUBJECT_ONLY_ON_TEACHING_POSTS"));
        create(school, body("category", "TEACHING", "subject", "ASTROLOGY", "count", 1)).statusCode(400)
                .body("rule", equalTo("SUBJECT_KNOWN")).body("field", equalTo("subject"));
        create(school, body("category", "JANITOR", "count", 1)).statusCode(400)
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("category"));
        create(school, body("category", "TEACHING", "subject", "CHINESE", "level", "MASTER", "count", 1)).statusCode(400)
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("level"));
        create(school, body("category", "TEACHING", "subject", "CHINESE", "count", 5)).statusCode(409)
                .body("rule", equalTo("POSTS_WITHIN_QUOTA")).body("field", equalTo("count"))
                .body("reason.zh", equalTo("新设 5 个岗位超出编制：学校 " + school + " 现有岗位 0 个，编制 4 名，尚可设置 4 个"));

        JsonNode summary = Fixtures.summary(school);
        assertThat(summary.path("established").asInt()).isZero();
        create(school, body("category", "TEACHING", "subject", "CHINESE", "count", 4)).statusCode(201);
        // the four accepted posts are all that was ever announced for the school
        assertThat(Fixtures.postEvents(Fixtures.ofType("post.post.established.v1", "schoolId", school), 4)).hasSize(4);
    }

    @Test
    void postsNeedARegisteredActiveSchoolOfTheCallersCounty() {
        create("1999999998", body("category", "TEACHING", "subject", "CHINESE", "count", 1)).statusCode(404)
                .body("rule", equalTo("SCHOOL_REGISTERED")).body("field", equalTo("schoolId"));
        create("12345", body("category", "TEACHING", "subject", "CHINESE", "count", 1)).statusCode(400)
                .body("rule", equalTo("SCHOOL_ID_FORMAT")).body("field", equalTo("schoolId"));

        String school = Fixtures.schoolWithQuota(5);
        String elsewhere = TestTokens.user("renshe2").role("hr").county("370602").token();
        given().auth().oauth2(elsewhere).contentType(ContentType.JSON)
                .body(body("category", "TEACHING", "subject", "CHINESE", "count", 1))
                .post("/schools/" + school + "/posts").then().statusCode(404).body("rule", equalTo("SCHOOL_REGISTERED"));
        String post = Fixtures.createPosts(school, "TEACHING", "CHINESE", 1).get(0);
        given().auth().oauth2(elsewhere).get("/posts/" + post).then().statusCode(404).body("rule", equalTo("POST_EXISTS"));
    }

    @Test
    void theStructureRulesCapManagementAndKeepTheTeachingShare() {
        // quota 20: management at most 10% = 2; teaching at least 85% = 17, leaving 3 for management and support
        String school = Fixtures.schoolWithQuota(20);
        create(school, body("category", "MANAGEMENT", "count", 3)).statusCode(409)
                .body("rule", equalTo("MANAGEMENT_POSTS_CAP"));
        create(school, body("category", "MANAGEMENT", "count", 2)).statusCode(201);
        create(school, body("category", "SUPPORT", "count", 2)).statusCode(409)
                .body("rule", equalTo("TEACHING_POSTS_MIN_SHARE"));
        create(school, body("category", "SUPPORT", "count", 1)).statusCode(201);
        create(school, body("category", "TEACHING", "subject", "ENGLISH", "count", 17)).statusCode(201);
        JsonNode summary = Fixtures.summary(school);
        assertThat(summary.path("established").asInt()).isEqualTo(20);
        assertThat(summary.path("structure").path("managementCap").asInt()).isEqualTo(2);
        assertThat(summary.path("structure").path("nonTeachingAllowance").asInt()).isEqualTo(3);
    }

    @Test
    void abolishFreezeAndUnfreezeChangeAVacantPostAndAreAnnounced() {
        String school = Fixtures.schoolWithQuota(3);
        List<String> ids = Fixtures.createPosts(school, "TEACHING", "MUSIC", 2);
        String post = ids.get(0);

        given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of("reason", "待核"))
                .post("/posts/" + post + "/freeze")
                .then().statusCode(200).body("status", equalTo("FROZEN")).body("freezeCause", equalTo("HR_DECISION"));
        given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of())
                .post("/posts/" + post + "/freeze")
                .then().statusCode(409).body("rule", equalTo("FREEZE_VACANT_ONLY"));
        given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of())
                .post("/posts/" + ids.get(1) + "/unfreeze")
                .then().statusCode(409).body("rule", equalTo("UNFREEZE_FROZEN_ONLY"));
        given().auth().oauth2(hr()).post("/posts/" + post + "/unfreeze")
                .then().statusCode(200).body("status", equalTo("VACANT"));
        given().auth().oauth2(hr()).delete("/posts/" + post + "?reason=撤并班级")
                .then().statusCode(200).body("status", equalTo("ABOLISHED")).body("statusReason", equalTo("撤并班级"));
        given().auth().oauth2(hr()).delete("/posts/" + post)
                .then().statusCode(409).body("rule", equalTo("POST_NOT_ABOLISHED"));
        given().auth().oauth2(hr()).get("/posts/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("rule", equalTo("POST_EXISTS"));

        assertThat(Fixtures.postEvents(Fixtures.ofType("post.post.frozen.v1", "postId", post), 1))
                .singleElement().satisfies(e -> {
                    assertThat(e.data().path("reason").asText()).isEqualTo("待核");
                    assertThat(e.data().path("cause").asText()).isEqualTo("HR_DECISION");
                    assertThat(e.data().path("schoolId").asText()).isEqualTo(school);
                    assertThat(e.data().path("subject").asText()).isEqualTo("MUSIC");
                });
        assertThat(Fixtures.postEvents(Fixtures.ofType("post.post.unfrozen.v1", "postId", post), 1)).hasSize(1);
        assertThat(Fixtures.postEvents(Fixtures.ofType("post.post.abolished.v1", "postId", post), 1))
                .singleElement().satisfies(e -> assertThat(e.data().path("reason").asText()).isEqualTo("撤并班级"));
        // the abolished post no longer counts: a new one fits the quota of 3 beside the other two
        assertThat(Fixtures.createPosts(school, "TEACHING", "ART", 2)).hasSize(2);
        given().auth().oauth2(hr()).get("/schools/" + school + "/posts?status=ABOLISHED")
                .then().statusCode(200).body("", hasSize(1)).body("[0].postId", equalTo(post));
    }

    @Test
    void aSchoolReadsOnlyItsOwnPostsAndTheOtherDepartmentsReadAll() {
        String own = Fixtures.schoolWithQuota(2);
        String other = Fixtures.schoolWithQuota(2);
        String ownPost = Fixtures.createPosts(own, "TEACHING", "PE", 1).get(0);
        String otherPost = Fixtures.createPosts(other, "TEACHING", "PE", 1).get(0);
        String school = Fixtures.schoolUser(own);
        given().auth().oauth2(school).get("/schools/" + own + "/posts").then().statusCode(200).body("", hasSize(1));
        given().auth().oauth2(school).get("/schools/" + own + "/post-summary").then().statusCode(200);
        given().auth().oauth2(school).get("/posts/" + ownPost).then().statusCode(200);
        given().auth().oauth2(school).get("/posts/" + otherPost).then().statusCode(403).body("rule", equalTo("SCHOOL_SCOPE"));
        given().auth().oauth2(school).get("/schools/" + other + "/posts").then().statusCode(403).body("rule", equalTo("SCHOOL_SCOPE"));
        for (String role : List.of("staffing-office", "education-bureau", "auditor")) {
            given().auth().oauth2(Fixtures.token(role)).get("/schools/" + other + "/post-summary").then().statusCode(200);
        }
        given().auth().oauth2(Fixtures.token("staffing-office")).contentType(ContentType.JSON)
                .body(body("category", "TEACHING", "subject", "PE", "count", 1))
                .post("/schools/" + own + "/posts").then().statusCode(403).body("rule", equalTo("ROLE_REQUIRED"));
        given().auth().oauth2(hr()).get("/schools/" + own + "/posts?status=EMPTY")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("status"));
    }
}
