package org.county.staffing.quota.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.quota.support.Quota.as;
import static org.county.staffing.quota.support.Quota.bureau;
import static org.county.staffing.quota.support.Quota.events;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.register;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import static io.restassured.RestAssured.given;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class EnrollmentResourceTest {

    @Test
    void theBureauReportsEnrollmentPerStageAndACorrectionIsANewRevision() {
        String county = newCounty();
        String school = register(county, "SCHOOL", List.of("PRIMARY", "JUNIOR"), "TOWN", "沙河学区");
        bureau(county).body(Map.of("PRIMARY", 812, "JUNIOR", 402)).put("/schools/" + school + "/enrollment/2026-2027")
                .then().statusCode(200)
                .body("students.PRIMARY", equalTo(812)).body("totalStudents", equalTo(1214)).body("revision", equalTo(1))
                .body("reportedBy", equalTo("education-bureau:educationbureau-user"));
        bureau(county).body(Map.of("PRIMARY", 815, "JUNIOR", 402, "classes", Map.of("PRIMARY", 18, "JUNIOR", 9)))
                .put("/schools/" + school + "/enrollment/2026-2027").then().statusCode(200).body("revision", equalTo(2));

        String schoolUser = TestTokens.user("xiaozhang").role("school").county(county).school(school).token();
        given().auth().oauth2(schoolUser).get("/schools/" + school + "/enrollment/2026-2027").then().statusCode(200)
                .body("students.PRIMARY", equalTo(815)).body("classes.JUNIOR", equalTo(9)).body("revision", equalTo(2));
        as(county, "hr").get("/schools/" + school + "/enrollment").then().statusCode(200).body("revision", equalTo(List.of(1, 2)));
        as(county, "hr").get("/schools/" + school + "/enrollment/2025-2026").then().statusCode(404)
                .body("rule", equalTo("ENROLLMENT_REPORTED"));

        List<CloudEvent> reported = events(school, "quota.enrollment.reported.v1", 2);
        assertThat(reported).hasSize(2);
        CloudEvent latest = reported.get(1);
        assertThat(latest.data().path("schoolYear").asText()).isEqualTo("2026-2027");
        assertThat(latest.data().path("students").path("PRIMARY").asInt()).isEqualTo(815);
        assertThat(latest.data().path("classes").path("PRIMARY").asInt()).isEqualTo(18);
        assertThat(reported.get(0).data().has("classes")).as("classes appear only when reported").isFalse();
        assertThat(latest.actor()).isEqualTo("education-bureau:educationbureau-user");
    }
}
