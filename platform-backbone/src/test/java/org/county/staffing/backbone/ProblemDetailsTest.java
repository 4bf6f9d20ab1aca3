package org.county.staffing.backbone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every refusal of the backbone's mappers is problem+json naming rule and field, in English and Chinese. */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
class ProblemDetailsTest {

    private static String bureau() {
        return TestTokens.of("jiaoyuju", "education-bureau");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsABadRequestNamingIt() {
        given().auth().oauth2(bureau()).get("/widgets?shape=triangle")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("shape"))
                .body("reason.en", containsString("ROUND")).body("reason.zh", notNullValue());
        given().auth().oauth2(bureau()).get("/widgets?owner=nobody")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("owner"));
        // enum constants are exact: no trimming, no change of case
        given().auth().oauth2(bureau()).get("/widgets?shape=round")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("shape"));
        given().auth().oauth2(bureau()).get("/widgets?shape=ROUND")
                .then().statusCode(200).body("shape", equalTo("ROUND"));
    }

    @Test
    void everyQueryParameterTypeIsReadStrictly() {
        given().auth().oauth2(bureau()).get("/widgets/filters?vacant=true&dryRun=true&days=30&count=3&big=9000000000"
                        + "&from=2026-09-01&schoolYear=2026-2027&page=2&size=50")
                .then().statusCode(200).body("vacant", equalTo("true")).body("dryRun", equalTo(true))
                .body("days", equalTo("30")).body("count", equalTo(3)).body("big", equalTo("9000000000"))
                .body("from", equalTo("2026-09-01")).body("schoolYear", equalTo("2026-2027"))
                .body("page", equalTo(2)).body("size", equalTo(50));
        given().auth().oauth2(bureau()).get("/widgets/filters").then().log().ifValidationFails()
                .statusCode(200).body("vacant", equalTo("null")).body("dryRun", equalTo(false))
                .body("count", equalTo(7)).body("page", equalTo(0)).body("size", equalTo(20));
        refused("vacant=maybe", "FIELD_TYPE", "vacant");
        refused("vacant=1", "FIELD_TYPE", "vacant");
        refused("dryRun=yes", "FIELD_TYPE", "dryRun");
        refused("dryRun=1", "FIELD_TYPE", "dryRun");
        refused("dryRun=0", "FIELD_TYPE", "dryRun");
        // an empty value is not "no filter"
        refused("vacant=", "FIELD_TYPE", "vacant");
        refused("dryRun=", "FIELD_TYPE", "dryRun");
        refused("days=", "FIELD_TYPE", "days");
        refused("big=", "FIELD_TYPE", "big");
        refused("from=", "FIELD_TYPE", "from");
        refused("schoolYear=", "FIELD_TYPE", "schoolYear");
        refused("days=x", "FIELD_TYPE", "days");
        refused("days=2147483648", "FIELD_TYPE", "days");
        refused("count=1.5", "FIELD_TYPE", "count");
        refused("big=1e18", "FIELD_TYPE", "big");
        refused("from=20261201", "FIELD_TYPE", "from");
        refused("schoolYear=2026-2028", "SCHOOL_YEAR_FORMAT", "schoolYear");
        refused("page=x", "FIELD_TYPE", "page");
        refused("page=-1", "PAGING_RANGE", "page");
        refused("size=0", "PAGING_RANGE", "size");
        refused("size=501", "PAGING_RANGE", "size");
    }

    @Test
    void aPathParameterOfTheWrongTypeIsABadRequestNamingIt() {
        given().auth().oauth2(bureau()).get("/widgets/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("id"));
    }

    private static void refused(String query, String rule, String field) {
        given().auth().oauth2(bureau()).get("/widgets/filters?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo(rule)).body("field", equalTo(field)).body("reason.zh", notNullValue());
    }

    @Test
    void bodiesOfTheWrongShapeAreBadRequestsNamingTheField() {
        given().auth().oauth2(bureau()).contentType(ContentType.JSON).body("{\"name\": \"a\", \"size\": 2.5}")
                .post("/widgets").then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("size"));
        given().auth().oauth2(bureau()).contentType(ContentType.JSON).body("{\"name\": \"a\", \"size\": \"3\"}")
                .post("/widgets").then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("size"));
        given().auth().oauth2(bureau()).contentType(ContentType.JSON).body("{\"name\": \"a\", ")
                .post("/widgets").then().statusCode(400).body("rule", equalTo("JSON_WELL_FORMED"));
        given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("name", "a"))
                .post("/widgets").then().statusCode(400).body("rule", equalTo("NOT_NULL")).body("field", equalTo("size"))
                .body("reason.zh", equalTo("不能为空"));
        given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("name", "Bad Name", "size", 3))
                .post("/widgets").then().statusCode(400).body("rule", equalTo("WIDGET_NAME_FORM")).body("field", equalTo("name"))
                .body("reason.zh", equalTo("部件名称只能由小写字母、数字和连字符组成"));
        given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("name", "a", "size", 500))
                .post("/widgets").then().statusCode(400).body("rule", equalTo("MAX")).body("reason.zh", equalTo("必须小于或等于 100"));
    }

    @Test
    void unknownPathsMethodsAndMediaTypesAreProblemsToo() {
        given().auth().oauth2(bureau()).get("/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("rule", equalTo("RESOURCE_EXISTS"));
        given().auth().oauth2(bureau()).delete("/widgets").then().statusCode(405)
                .contentType("application/problem+json").body("rule", equalTo("METHOD_ALLOWED"));
        given().auth().oauth2(bureau()).contentType(ContentType.XML).body("<widget/>").post("/widgets").then().statusCode(415)
                .contentType("application/problem+json").body("rule", equalTo("MEDIA_TYPE_SUPPORTED"));
        given().auth().oauth2("not-a-token").get("/widgets/" + java.util.UUID.randomUUID()).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer")).body("rule", equalTo("AUTHENTICATED"));
        given().auth().oauth2(TestTokens.user("old").role("education-bureau").expiresIn(java.time.Duration.ofSeconds(-60)).token())
                .get("/widgets/" + java.util.UUID.randomUUID()).then().statusCode(401);
    }
}
