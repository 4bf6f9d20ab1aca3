package org.county.staffing.console.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(StubServices.class)
class ApiProxyTest {

    @Test
    void forwardsPathQueryAndTheUsersTokenUnchanged() {
        given().urlEncodingEnabled(false).header("Authorization", "Bearer abc.def.ghi")
                .when().get("/api/quota/schools?page=2&size=20&district=%E5%9F%8E%E5%8C%BA")
                .then().statusCode(200)
                .header("X-Total-Count", "42")
                .body("method", equalTo("GET"))
                .body("path", equalTo("/schools"))
                .body("query", equalTo("page=2&size=20&district=%E5%9F%8E%E5%8C%BA"))
                .body("authorization", equalTo("Bearer abc.def.ghi"));
    }

    @Test
    void forwardsTheBodyOfAWrite() {
        given().header("Authorization", "Bearer t").contentType("application/json").body("{\"count\":3}")
                .when().post("/api/quota/transfers")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{'count':3}"));
    }

    @Test
    void noTokenIsForwardedAsNone() {
        given().when().get("/api/quota/pools").then().statusCode(200).body("authorization", equalTo("null"))
                .body("body", nullValue());
    }

    @Test
    void auditIsForwardedUnderItsOwnPrefix() {
        given().when().get("/api/audit/verify").then().statusCode(200).body("path", equalTo("/audit/verify"));
    }

    @Test
    void aRefusalOfTheServicePassesThroughAsItIs() {
        given().when().post("/api/quota/refusal")
                .then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("BEYOND_QUOTA")).body("reason.zh", equalTo("超出编制"));
    }

    @Test
    void aServiceThatDoesNotAnswerIsA502ProblemInChinese() {
        given().when().get("/api/rotation/rounds")
                .then().statusCode(502).contentType("application/problem+json")
                .body("rule", equalTo("UPSTREAM_UNAVAILABLE"))
                .body("reason.zh", equalTo("rotation服务暂时无法访问，请稍后重试"));
    }

    @Test
    void requestsGoToEachInstanceInTurnAndOneThatIsDownIsPassedOver() {
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answeredBy.add(given().header("Authorization", "Bearer t").when().get("/api/post/posts")
                    .then().statusCode(200).extract().path("instance"));
        }
        // first, (down: passed over to) second, second, first, (down) second, second
        assertThat(answeredBy).containsOnly("first", "second");
        assertThat(answeredBy.stream().filter("first"::equals).count()).isEqualTo(2);
    }

    @Test
    void anUnknownServiceIsA404Problem() {
        given().when().get("/api/payroll/x").then().statusCode(404).body("rule", equalTo("UNKNOWN_SERVICE"));
    }

    @Test
    void configTellsTheBrowserWhereToLogIn() {
        given().when().get("/config.json").then().statusCode(200)
                .body("authority", equalTo("http://localhost:18180/realms/county"))
                .body("clientId", equalTo("county-console"))
                .body("realm", equalTo("county"));
    }
}
