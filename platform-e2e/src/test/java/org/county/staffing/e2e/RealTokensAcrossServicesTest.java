package org.county.staffing.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Real tokens from a real Keycloak with the county realm: each department's demo user calls one
 * endpoint of every service, and gets in exactly where the role matrix says.
 */
class RealTokensAcrossServicesTest {

    private static final String DEMO_TEACHER = "7e0d3f52-9a1c-4c1e-8d4e-000000000001";
    private final CrossServicePlatform platform = CrossServicePlatform.get();

    /** One read endpoint per service. */
    private static final Map<String, String> ENDPOINTS = new LinkedHashMap<>();

    static {
        ENDPOINTS.put("quota", "/schools");
        ENDPOINTS.put("post", "/vacancies");
        ENDPOINTS.put("recruitment", "/teachers");
        ENDPOINTS.put("rotation", "/communities");
        ENDPOINTS.put("audit", "/audit/events");
    }

    @TestFactory
    List<DynamicTest> everyDepartmentsUserReadsEveryServiceAndATeacherNone() {
        List<String> departments = List.of("bianban", "renshe", "jiaoyuju", "jijian", "xiaozhang1");
        List<DynamicTest> tests = new ArrayList<>();
        ENDPOINTS.forEach((service, path) -> {
            for (String user : departments) {
                tests.add(DynamicTest.dynamicTest(service + " " + path + " as " + user, () ->
                        assertThat(get(service, path, platform.token(user)).statusCode()).isEqualTo(200)));
            }
            tests.add(DynamicTest.dynamicTest(service + " " + path + " as laoshi (teacher)", () -> {
                Response refused = get(service, path, platform.token("laoshi"));
                assertThat(refused.statusCode()).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }));
            tests.add(DynamicTest.dynamicTest(service + " " + path + " without a token", () ->
                    assertThat(get(service, path, null).statusCode()).isEqualTo(401)));
        });
        return tests;
    }

    @Test
    void schoolAndTeacherUsersAreBoundToTheirOwnRecordsByTheirTokensClaims() {
        String own = "1370683001";
        String other = "1370683040";
        assertThat(get("quota", "/schools/" + other, platform.token("xiaozhang1")).statusCode()).isEqualTo(403);
        assertThat(get("post", "/schools/" + other + "/post-summary", platform.token("xiaozhang1")).statusCode()).isEqualTo(403);
        assertThat(get("post", "/schools/" + own + "/post-summary", platform.token("xiaozhang2")).statusCode()).isEqualTo(403);
        assertThat(get("recruitment", "/teachers/00000000-0000-4000-8000-000000000002", platform.token("laoshi")).statusCode())
                .isEqualTo(403);
        assertThat(get("recruitment", "/teachers/" + DEMO_TEACHER, platform.token("laoshi")).statusCode())
                .isNotIn(401, 403);
        assertThat(get("audit", "/audit/verify", platform.token("bianban")).statusCode()).isEqualTo(403);
    }

    @Test
    void theActingUserBecomesTheActorOfTheEventInTheAuditTrail() {
        String schoolId = "18" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        given().auth().oauth2(platform.token("bianban")).contentType(ContentType.JSON)
                .header("X-Correlation-Id", "token-test-" + schoolId)
                .body(Map.of("id", schoolId, "name", "令牌测试学校", "kind", "SCHOOL", "stages", List.of("PRIMARY"),
                        "location", "TOWN", "district", "沙河学区"))
                .post(platform.url("quota") + "/schools")
                .then().statusCode(201);

        String auditor = platform.token("jijian");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                get("audit", "/audit/events?subject=" + schoolId, auditor).jsonPath().getList("items").size() == 1);
        Map<String, Object> recorded = get("audit", "/audit/events?subject=" + schoolId, auditor).jsonPath().getMap("items[0]");
        assertThat(recorded.get("actor")).isEqualTo("staffing-office:bianban");
        assertThat(recorded.get("type")).isEqualTo("quota.school.registered.v1");
        assertThat(recorded.get("correlationId")).isEqualTo("token-test-" + schoolId);
        assertThat(recorded.get("countyId")).isEqualTo("370683");
    }

    private Response get(String service, String path, String token) {
        var request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.get(platform.url(service) + path);
    }
}
