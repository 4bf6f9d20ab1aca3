package org.county.staffing.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.post.Fixtures.hr;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Bad input of issue 17 against post-service's own operations: garbage in boolean and enum query
 * filters, control characters in path and query parameters and in JSON strings, and JSON values of
 * the wrong type, each a 400 problem naming the rule and the field, and nothing written.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class BadInputTest {

    @ParameterizedTest(name = "overEstablished={0} is not a boolean")
    @ValueSource(strings = {"maybe", "1", "0", "yes", "TRUE"})
    void aBooleanFilterTakesOnlyTrueOrFalse(String value) {
        given().auth().oauth2(hr()).get("/post-summaries?overEstablished=" + value)
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("overEstablished"))
                .body("reason.zh", notNullValue());
    }

    @Test
    void enumFiltersTakeOnlyTheirConstantsAsWritten() {
        String school = Fixtures.schoolWithQuota(1);
        given().auth().oauth2(hr()).get("/schools/" + school + "/posts?status=vacant")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("status"));
        given().auth().oauth2(hr()).get("/vacancies?location=rural")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("location"));
        given().auth().oauth2(hr()).get("/plans?schoolYear=2026-2028")
                .then().statusCode(400).body("rule", equalTo("SCHOOL_YEAR_FORMAT")).body("field", equalTo("schoolYear"));
        given().auth().oauth2(hr()).get("/posts/not-a-uuid")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("id"));
    }

    @ParameterizedTest(name = "NUL in {0}")
    @CsvSource(delimiter = '|', value = {
            "/posts/%00|id",
            "/posts/%00/freeze|id",
            "/plans/%00|id",
            "/schools/%00/posts|schoolId",
            "/schools/%00/post-summary|schoolId",
            "/vacancies?district=%00|district",
            "/vacancies?schoolId=37%0012345678|schoolId",
            "/vacancies?subject=%00|subject",
            "/plans?status=%00|status",
    })
    void aNulInAPathOrQueryParameterIsRefusedNamingIt(String uri, String field) {
        ValidatableResponse response = uri.endsWith("/freeze")
                ? given().auth().oauth2(hr()).urlEncodingEnabled(false).post(uri).then()
                : given().auth().oauth2(hr()).urlEncodingEnabled(false).get(uri).then();
        response.statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("CONTROL_CHARACTER")).body("field", equalTo(field))
                .body("reason.zh", containsString("控制字符"));
    }

    @Test
    void aNulInAJsonStringIsRefusedAndNothingIsWritten() {
        String school = Fixtures.schoolWithQuota(2);
        given().auth().oauth2(hr()).contentType(ContentType.JSON)
                .body("{\"category\": \"TEACHING\", \"subject\": \"CHINESE\", \"count\": 1, \"reason\": \"a\\u0000b\"}")
                .post("/schools/" + school + "/posts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("CONTROL_CHARACTER")).body("field", equalTo("reason"));
        given().auth().oauth2(hr()).contentType(ContentType.JSON)
                .body("{\"category\": \"TEACHING\", \"subject\": \"CHI\\u0000NESE\", \"count\": 1}")
                .post("/schools/" + school + "/posts")
                .then().statusCode(400).body("rule", equalTo("CONTROL_CHARACTER")).body("field", equalTo("subject"));
        assertThat(Fixtures.summary(school).path("established").asInt()).isZero();

        String post = Fixtures.createPosts(school, "TEACHING", "CHINESE", 1).get(0);
        given().auth().oauth2(hr()).contentType(ContentType.JSON).body("{\"reason\": \"\\u0000\"}")
                .post("/posts/" + post + "/freeze")
                .then().statusCode(400).body("rule", equalTo("CONTROL_CHARACTER")).body("field", equalTo("reason"));
        assertThat(Fixtures.post(post).path("status").asText()).isEqualTo("VACANT");
        given().auth().oauth2(hr()).contentType(ContentType.JSON)
                .body("{\"decision\": \"REJECT\", \"reasons\": [\"ok\", \"\\u0000\"]}")
                .post("/plans/" + UUID.randomUUID() + "/decision")
                .then().statusCode(400).body("rule", equalTo("CONTROL_CHARACTER")).body("field", equalTo("reasons[1]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"category\": \"TEACHING\", \"subject\": \"CHINESE\", \"count\": \"1\"}|count",
            "{\"category\": \"TEACHING\", \"subject\": \"CHINESE\", \"count\": 1.5}|count",
            "{\"category\": \"TEACHING\", \"subject\": \"CHINESE\", \"count\": true}|count",
            "{\"category\": \"TEACHING\", \"subject\": \"CHINESE\", \"count\": 2147483648}|count",
            "{\"category\": 1, \"subject\": \"CHINESE\", \"count\": 1}|category",
            "{\"category\": \"TEACHING\", \"subject\": \"CHINESE\", \"level\": 20261201, \"count\": 1}|level",
            "{\"category\": \"TEACHING\", \"subject\": [\"CHINESE\"], \"count\": 1}|subject",
    })
    void aValueOfTheWrongJsonTypeIsRefusedNotCoerced(String body, String field) {
        String school = Fixtures.schoolWithQuota(2);
        given().auth().oauth2(hr()).contentType(ContentType.JSON).body(body).post("/schools/" + school + "/posts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo(field));
        assertThat(Fixtures.summary(school).path("established").asInt()).isZero();
    }

    @Test
    void aDecisionOfTheWrongJsonTypeIsRefused() {
        given().auth().oauth2(hr()).contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"version\": \"1\"}")
                .post("/plans/" + UUID.randomUUID() + "/decision")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("version"));
        given().auth().oauth2(hr()).contentType(ContentType.JSON).body("{\"decision\": \"REJECT\", \"reasons\": \"no\"}")
                .post("/plans/" + UUID.randomUUID() + "/decision")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("reasons"));
    }
}
