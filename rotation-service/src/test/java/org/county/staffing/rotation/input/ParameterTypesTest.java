package org.county.staffing.rotation.input;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.rotation.support.Feed;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Every id in a path or query is read as a UUID and every school year through the backbone's converters: a
 * malformed one is a 400 naming the parameter (as in quota and post), never a 404 for a resource that
 * "does not exist"; a school id is the 10-digit code; a statistic's school year is required.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
class ParameterTypesTest {

    private static final String COUNTY = Feed.newCounty();
    private static final String SCHOOL = Feed.newSchoolId();

    private static RequestSpecification bureau() {
        return given().auth().oauth2(TestTokens.user("jiaoyuju").role("education-bureau").county(COUNTY).token());
    }

    private static RequestSpecification school() {
        return given().auth().oauth2(TestTokens.user("xiaozhang").role("school").school(SCHOOL).county(COUNTY).token());
    }

    private static void refused(ValidatableResponse response, String rule, String field) {
        response.statusCode(400).contentType("application/problem+json").body("rule", equalTo(rule))
                .body("field", equalTo(field));
    }

    @Test
    void malformedIdsInPathsAreFieldTypeNotNotFound() {
        refused(bureau().get("/rounds/not-a-uuid").then(), "FIELD_TYPE", "id");
        refused(bureau().post("/rounds/12345/proposal").then(), "FIELD_TYPE", "id");
        refused(bureau().contentType(ContentType.JSON).body(Map.of("returnedOn", "2027-07-01"))
                .post("/rotations/x/return").then(), "FIELD_TYPE", "moveId");
        refused(bureau().get("/teachers/not-a-uuid/moves").then(), "FIELD_TYPE", "teacherId");
        refused(bureau().get("/teachers/not-a-uuid/evaluations").then(), "FIELD_TYPE", "teacherId");
        refused(school().contentType(ContentType.JSON).body(Map.of("grade", "EXCELLENT", "score", 90))
                .put("/teachers/abc/evaluations/2025-2026").then(), "FIELD_TYPE", "teacherId");
        refused(bureau().get("/communities/not-a-uuid").then(), "FIELD_TYPE", "id");
        refused(bureau().get("/communities/not-a-uuid/stats?schoolYear=2026-2027").then(), "FIELD_TYPE", "id");
        refused(bureau().get("/communities/not-a-uuid/shared-teachers").then(), "FIELD_TYPE", "id");
        refused(bureau().contentType(ContentType.JSON).body(Map.of("kind", "TEACHING_RESEARCH"))
                .post("/communities/not-a-uuid/activities").then(), "FIELD_TYPE", "id");
        refused(bureau().contentType(ContentType.JSON).body(Map.of("hoursPerWeek", 4))
                .post("/communities/not-a-uuid/shared-teachers").then(), "FIELD_TYPE", "id");
        // a well-formed id that is unknown is still a 404
        bureau().get("/rounds/" + UUID.randomUUID()).then().statusCode(404).body("rule", equalTo("ROUND_EXISTS"));
        bureau().get("/communities/" + UUID.randomUUID()).then().statusCode(404).body("rule", equalTo("COMMUNITY_EXISTS"));
    }

    @Test
    void schoolYearsAreReadByTheConverterAndRequiredWhereAStatisticNeedsThem() {
        for (String path : new String[] {"/rounds?schoolYear=2026", "/rotations?schoolYear=2026-2028",
                "/exemptions?schoolYear=x", "/communities/stats?schoolYear=2026/27",
                "/communities/" + UUID.randomUUID() + "/stats?schoolYear=2026",
                "/communities/" + UUID.randomUUID() + "/shared-teachers?schoolYear=2026"}) {
            refused(bureau().get(path).then(), "SCHOOL_YEAR_FORMAT", "schoolYear");
        }
        refused(bureau().get("/rounds/2026/due").then(), "SCHOOL_YEAR_FORMAT", "schoolYear");
        refused(school().contentType(ContentType.JSON).body(Map.of("grade", "EXCELLENT", "score", 90))
                .put("/teachers/" + UUID.randomUUID() + "/evaluations/2025").then(), "SCHOOL_YEAR_FORMAT", "schoolYear");
        for (String path : new String[] {"/exemptions", "/communities/stats", "/communities/" + UUID.randomUUID() + "/stats"}) {
            refused(bureau().get(path).then(), "SCHOOL_YEAR_REQUIRED", "schoolYear");
        }
        bureau().get("/rounds?schoolYear=2026-2027").then().statusCode(200).body("size()", equalTo(0));
        bureau().get("/exemptions?schoolYear=2026-2027").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void schoolIdsAreTheTenDigitCode() {
        refused(bureau().get("/schools/abc/staffing").then(), "SCHOOL_ID_FORMAT", "schoolId");
        refused(bureau().get("/schools/123/profile").then(), "SCHOOL_ID_FORMAT", "schoolId");
        refused(bureau().contentType(ContentType.JSON).body(Map.of("tier", "WEAK", "latitude", 36.9, "longitude", 121.5))
                .put("/schools/37-000/profile").then(), "SCHOOL_ID_FORMAT", "schoolId");
        refused(bureau().get("/rounds/2026-2027/due?schoolId=abc").then(), "SCHOOL_ID_FORMAT", "schoolId");
    }
}
