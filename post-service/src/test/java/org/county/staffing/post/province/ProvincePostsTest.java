package org.county.staffing.post.province;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.county.staffing.contracts.quota.AllocationChanged;
import org.county.staffing.contracts.quota.SchoolRegistered;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The province reads every county's posts, read-only; a county's users still see only their county. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class ProvincePostsTest {

    private static final String PROVINCE = TestTokens.user("shengting").role("province").county(null).token();

    private static String hr(String county) {
        return TestTokens.user("renshe-" + county).role("hr").county(county).token();
    }

    /** A county id of its own for this test ("99" and four digits), so its rows hold only this test's schools. */
    private static String newCounty() {
        return "99" + (1000 + ThreadLocalRandom.current().nextInt(9000));
    }

    private static String school(String county, int quota) {
        String id = Fixtures.newSchoolId();
        Fixtures.publishQuota(SchoolRegistered.TYPE, id, new SchoolRegistered(id, county, "学校" + id.substring(6), "SCHOOL",
                List.of("PRIMARY"), "RURAL", "乡镇学区", "K12", "ACTIVE", null, Fixtures.EVENT_TIME));
        Fixtures.publishQuota(AllocationChanged.TYPE, id, new AllocationChanged(UUID.randomUUID(), county, "K12", id,
                "VERIFICATION", quota, quota, "test", null, null, 10_000, quota, Fixtures.EVENT_TIME));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().auth().oauth2(hr(county)).get("/schools/" + id + "/post-summary");
            return response.statusCode() == 200 && response.jsonPath().getInt("quota") == quota;
        });
        return id;
    }

    private static List<String> posts(String county, String schoolId, int count) {
        return given().auth().oauth2(hr(county)).contentType(ContentType.JSON)
                .body(Map.of("category", "TEACHING", "subject", "MATHEMATICS", "count", count))
                .post("/schools/" + schoolId + "/posts").then().statusCode(201)
                .extract().jsonPath().getList("postId", String.class);
    }

    private static JsonNode view(String token, String query) {
        return Fixtures.read(given().auth().oauth2(token).get("/province/posts" + query)
                .then().statusCode(200).extract().asString());
    }

    private static JsonNode row(JsonNode view, String county) {
        for (JsonNode row : view.path("rows")) {
            if (county.equals(row.path("countyId").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row for county " + county + " in " + view);
    }

    @Test
    void theProvinceReadsEveryCountyWithTheTotalsAndACountyUserOnlyItsOwn() {
        String a = newCounty();
        String b = newCounty();
        while (b.equals(a)) {
            b = newCounty();
        }
        String a1 = school(a, 10);
        String a2 = school(a, 5);
        String b1 = school(b, 8);
        List<String> a1Posts = posts(a, a1, 3);
        posts(a, a2, 2);
        posts(b, b1, 1);
        String teacher = UUID.randomUUID().toString();
        Fixtures.appoint(teacher, a1Posts.get(0), a1);
        given().auth().oauth2(hr(a)).post("/posts/" + a1Posts.get(1) + "/freeze").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> row(view(PROVINCE, "?size=500"), a).path("occupied").asInt() == 1);

        JsonNode all = view(PROVINCE, "?size=500");
        JsonNode rowA = row(all, a);
        assertThat(List.of(rowA.path("schools").asInt(), rowA.path("quota").asInt(), rowA.path("established").asInt(),
                rowA.path("occupied").asInt(), rowA.path("vacant").asInt(), rowA.path("frozen").asInt()))
                .containsExactly(2, 15, 5, 1, 3, 1);
        JsonNode rowB = row(all, b);
        assertThat(List.of(rowB.path("schools").asInt(), rowB.path("quota").asInt(), rowB.path("established").asInt(),
                rowB.path("occupied").asInt(), rowB.path("vacant").asInt(), rowB.path("frozen").asInt()))
                .containsExactly(1, 8, 1, 0, 1, 0);
        // a county's row agrees with the sums of its own users' post summaries
        JsonNode summaries = Fixtures.read(given().auth().oauth2(hr(a)).get("/post-summaries").then().statusCode(200)
                .extract().asString());
        for (String field : List.of("quota", "established", "occupied", "vacant", "frozen")) {
            int sum = 0;
            for (JsonNode summary : summaries) {
                sum += summary.path(field).asInt();
            }
            assertThat(rowA.path(field).asInt()).as(field).isEqualTo(sum);
        }
        assertThat(rowA.path("schools").asInt()).isEqualTo(summaries.size());
        // the totals are the sums of every county's row
        assertThat(all.path("counties").asInt()).isEqualTo(all.path("rows").size());
        for (String field : List.of("schools", "quota", "established", "occupied", "vacant", "frozen")) {
            int sum = 0;
            for (JsonNode row : all.path("rows")) {
                sum += row.path(field).asInt();
            }
            assertThat(all.path("totals").path(field).asInt()).as(field).isEqualTo(sum);
        }

        // sorted and paged
        JsonNode byEstablished = view(PROVINCE, "?size=500&sort=ESTABLISHED&order=DESC");
        List<Integer> established = new ArrayList<>();
        byEstablished.path("rows").forEach(r -> established.add(r.path("established").asInt()));
        assertThat(established).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
        JsonNode secondPage = view(PROVINCE, "?size=1&page=1&sort=ESTABLISHED&order=DESC");
        assertThat(secondPage.path("rows")).hasSize(1);
        assertThat(secondPage.path("rows").get(0).path("countyId").asText())
                .isEqualTo(byEstablished.path("rows").get(1).path("countyId").asText());
        assertThat(secondPage.path("totals")).isEqualTo(byEstablished.path("totals"));
        given().auth().oauth2(PROVINCE).get("/province/posts?sort=vacancies").then().statusCode(400)
                .body("violations[0].rule", equalTo("FIELD_TYPE"));

        // a county user reads its own county's row only
        JsonNode own = view(hr(b), "");
        assertThat(own.path("counties").asInt()).isEqualTo(1);
        assertThat(own.path("rows").get(0).path("countyId").asText()).isEqualTo(b);
        assertThat(own.path("totals").path("established").asInt()).isEqualTo(1);
    }

    @Test
    void aCountysPostsAreNotSeenFromAnotherCountyAndTheProvinceWritesNothing() {
        String a = newCounty();
        String b = newCounty();
        while (b.equals(a)) {
            b = newCounty();
        }
        String a1 = school(a, 4);
        String post = posts(a, a1, 1).get(0);

        given().auth().oauth2(hr(b)).get("/schools/" + a1 + "/post-summary").then().statusCode(404);
        given().auth().oauth2(hr(b)).get("/schools/" + a1 + "/posts").then().statusCode(404);
        given().auth().oauth2(hr(b)).get("/posts/" + post).then().statusCode(404);
        assertThat(Fixtures.read(given().auth().oauth2(hr(b)).get("/post-summaries").then().statusCode(200)
                .extract().asString())).isEmpty();
        assertThat(Fixtures.read(given().auth().oauth2(hr(b)).get("/vacancies").then().statusCode(200)
                .extract().asString())).isEmpty();

        given().auth().oauth2(PROVINCE).contentType(ContentType.JSON)
                .body(Map.of("category", "TEACHING", "subject", "MATHEMATICS", "count", 1))
                .post("/schools/" + a1 + "/posts").then().statusCode(403);
        given().auth().oauth2(PROVINCE).post("/posts/" + post + "/freeze").then().statusCode(403);
        given().auth().oauth2(PROVINCE).delete("/posts/" + post).then().statusCode(403);
        given().auth().oauth2(PROVINCE).get("/schools/" + a1 + "/post-summary").then().statusCode(403);
        assertThat(Fixtures.read(given().auth().oauth2(hr(a)).get("/posts/" + post).then().statusCode(200)
                .extract().asString()).path("status").asText()).isEqualTo("VACANT");
    }
}
