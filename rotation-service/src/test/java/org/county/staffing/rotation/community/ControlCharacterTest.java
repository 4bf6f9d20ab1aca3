package org.county.staffing.rotation.community;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A NUL byte in a path parameter or inside a JSON string used to reach PostgreSQL, which refused it, and
 * the answer was 500: now it is a 400 naming the field, and nothing is written.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
class ControlCharacterTest {

    @Test
    void aNulInASchoolIdIsRefused() {
        String bureau = CommunityResourceTest.bureau("370683");
        given().auth().oauth2(bureau).urlEncodingEnabled(false).get("/schools/%00/profile")
                .then().statusCode(400).contentType("application/problem+json").body("rule", equalTo("CONTROL_CHARACTER"));
    }

    @Test
    void aNulInACommunitysNameIsRefusedAndNothingIsWritten() {
        String[] s = CommunityResourceTest.schools(2);
        String bureau = CommunityResourceTest.bureau(s[0]);
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("name", "城关\u0000共同体", "leadSchoolId", s[1], "memberSchoolIds", List.of(s[2])))
                .post("/communities").then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("CONTROL_CHARACTER"));
        assertThat(given().auth().oauth2(bureau).get("/communities").then().statusCode(200).extract().jsonPath()
                .getList("$")).isEmpty();
    }
}
