package org.county.staffing.post.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.post.Fixtures.hr;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class OverEstablishmentFlowTest {

    @Test
    void aQuotaDropFreezesVacantPostsFirstThenPostsGoAsPeopleLeaveAndARiseReleasesThem() {
        String school = Fixtures.schoolWithQuota(6);
        List<String> posts = Fixtures.createPosts(school, "TEACHING", "CHINESE", 6);
        List<String> teachers = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        for (int i = 0; i < 3; i++) {
            Fixtures.appoint(teachers.get(i), posts.get(i), school);
        }
        for (int i = 0; i < 3; i++) {
            Fixtures.awaitPostStatus(posts.get(i), "OCCUPIED");
        }

        // a verification cuts the quota to 4: two of the three vacant posts are frozen, the newest first
        Fixtures.setQuota(school, 6, 4);
        Fixtures.awaitPostStatus(posts.get(5), "FROZEN");
        Fixtures.awaitPostStatus(posts.get(4), "FROZEN");
        assertThat(Fixtures.post(posts.get(3)).path("status").asText()).isEqualTo("VACANT");
        assertThat(Fixtures.post(posts.get(5)).path("freezeCause").asText()).isEqualTo("OVER_ESTABLISHMENT");
        JsonNode summary = Fixtures.summary(school);
        assertThat(summary.path("quota").asInt()).isEqualTo(4);
        assertThat(summary.path("established").asInt()).isEqualTo(6);
        assertThat(summary.path("occupied").asInt()).isEqualTo(3);
        assertThat(summary.path("vacant").asInt()).isEqualTo(1);
        assertThat(summary.path("frozen").asInt()).isEqualTo(2);
        assertThat(summary.path("overEstablishedBy").asInt()).isEqualTo(2);
        assertThat(summary.path("mustGoAsPeopleLeave").asInt()).isZero();
        List<CloudEvent> frozen = Fixtures.postEvents(Fixtures.ofType("post.post.frozen.v1", "schoolId", school), 2);
        assertThat(frozen).extracting(CloudEvent::subject).containsExactlyInAnyOrder(posts.get(4), posts.get(5));
        assertThat(frozen).allSatisfy(e -> assertThat(e.data().path("cause").asText()).isEqualTo("OVER_ESTABLISHMENT"));

        // the county overview lists the school among those to act on
        List<String> overEstablished = given().auth().oauth2(Fixtures.token("staffing-office"))
                .get("/post-summaries?overEstablished=true").then().statusCode(200)
                .extract().jsonPath().getList("schoolId", String.class);
        assertThat(overEstablished).contains(school);
        String within = Fixtures.schoolWithQuota(1);
        assertThat(given().auth().oauth2(hr()).get("/post-summaries").then().statusCode(200)
                .extract().jsonPath().getList("schoolId", String.class)).contains(school, within);
        assertThat(given().auth().oauth2(hr()).get("/post-summaries?overEstablished=true").then().statusCode(200)
                .extract().jsonPath().getList("schoolId", String.class)).doesNotContain(within);
        given().auth().oauth2(hr()).get("/post-summaries?overEstablished=maybe")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("overEstablished"));

        // no new posts while over-established
        given().auth().oauth2(hr()).contentType(ContentType.JSON)
                .body(Map.of("category", "TEACHING", "subject", "CHINESE", "count", 1))
                .post("/schools/" + school + "/posts")
                .then().statusCode(409).body("rule", equalTo("SCHOOL_OVER_ESTABLISHED"));

        // cut to 2: the last vacant post is frozen and one occupied post must go as its holder leaves
        Fixtures.setQuota(school, 4, 2);
        Fixtures.awaitPostStatus(posts.get(3), "FROZEN");
        summary = Fixtures.summary(school);
        assertThat(summary.path("vacant").asInt()).isZero();
        assertThat(summary.path("mustGoAsPeopleLeave").asInt()).isEqualTo(1);
        assertThat(summary.path("overEstablishedBy").asInt()).isEqualTo(4);

        Fixtures.leave(teachers.get(0), posts.get(0), school, "RETIRED");
        JsonNode left = Fixtures.awaitPostStatus(posts.get(0), "FROZEN");
        assertThat(left.path("teacherId").isNull()).isTrue();
        assertThat(left.path("freezeCause").asText()).isEqualTo("OVER_ESTABLISHMENT");
        assertThat(Fixtures.summary(school).path("mustGoAsPeopleLeave").asInt()).isZero();

        // HR may not release a post the quota does not cover
        given().auth().oauth2(hr()).post("/posts/" + posts.get(0) + "/unfreeze")
                .then().statusCode(409).body("rule", equalTo("UNFREEZE_WITHIN_QUOTA"));

        // the quota rises to 4: two posts frozen for over-establishment are released, the oldest first
        Fixtures.setQuota(school, 2, 4);
        Fixtures.awaitPostStatus(posts.get(0), "VACANT");
        Fixtures.awaitPostStatus(posts.get(3), "VACANT");
        assertThat(Fixtures.post(posts.get(4)).path("status").asText()).isEqualTo("FROZEN");
        assertThat(Fixtures.postEvents(Fixtures.ofType("post.post.unfrozen.v1", "postId", posts.get(3)), 1))
                .singleElement().satisfies(e -> assertThat(e.data().path("cause").asText()).isEqualTo("OVER_ESTABLISHMENT"));
        summary = Fixtures.summary(school);
        assertThat(summary.path("occupied").asInt()).isEqualTo(2);
        assertThat(summary.path("vacant").asInt()).isEqualTo(2);
        assertThat(summary.path("frozen").asInt()).isEqualTo(2);
        assertThat(summary.path("overEstablishedBy").asInt()).isEqualTo(2);

        // HR abolishes the frozen posts and the school is within its quota again
        given().auth().oauth2(hr()).delete("/posts/" + posts.get(4)).then().statusCode(200);
        given().auth().oauth2(hr()).delete("/posts/" + posts.get(5)).then().statusCode(200);
        assertThat(Fixtures.summary(school).path("overEstablishedBy").asInt()).isZero();
    }

    @Test
    void aMergedSchoolTakesNoNewPosts() {
        String school = Fixtures.schoolWithQuota(3);
        String into = Fixtures.schoolWithQuota(3);
        Fixtures.merge(school, into, 3);
        Fixtures.allocate(school, "MERGE", -3, 0);
        Fixtures.awaitQuota(school, 0);
        given().auth().oauth2(hr()).contentType(ContentType.JSON)
                .body(Map.of("category", "TEACHING", "subject", "CHINESE", "count", 1))
                .post("/schools/" + school + "/posts")
                .then().statusCode(409).body("rule", equalTo("SCHOOL_ACTIVE"))
                .body("reason.en", org.hamcrest.Matchers.containsString(into));
        assertThat(Fixtures.summary(school).path("schoolStatus").asText()).isEqualTo("MERGED");
    }
}
