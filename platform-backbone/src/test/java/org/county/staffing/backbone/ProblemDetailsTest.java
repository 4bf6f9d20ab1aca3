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
        given().auth().oauth2(bureau()).get("/widgets?shape=round")
                .then().statusCode(200).body("shape", equalTo("ROUND"));
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
