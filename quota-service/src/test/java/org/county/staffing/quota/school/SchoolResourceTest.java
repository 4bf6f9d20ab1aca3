package org.county.staffing.quota.school;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class SchoolResourceTest {

    static String newSchoolId() {
        return "13706" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
    }

    static String office() {
        return TestTokens.user("bianban").role("staffing-office").token();
    }

    static Map<String, Object> primarySchool(String id) {
        return Map.of("id", id, "name", "城关小学", "kind", "SCHOOL", "stages", List.of("PRIMARY"),
                "location", "URBAN", "district", "城区学区");
    }

    @Test
    void theStaffingOfficeRegistersASchoolAndItsEventIsPublished() {
        String id = newSchoolId();
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(primarySchool(id))
                .post("/schools")
                .then().statusCode(201)
                .body("schoolId", equalTo(id))
                .body("pool", equalTo("K12"))
                .body("stages", contains("PRIMARY"));

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.shared()
                .await("quota.events", r -> id.equals(r.key()), 1, Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(records).hasSize(1);
        CloudEvent event = CloudEventCodec.decode(records.get(0).value());
        assertThat(event.type()).isEqualTo("quota.school.registered.v1");
        assertThat(event.actor()).isEqualTo("staffing-office:bianban");
        assertThat(event.data().path("district").asText()).isEqualTo("城区学区");
    }

    @Test
    void aSchoolUserReadsOnlyItsOwnSchool() {
        String own = newSchoolId();
        String other = newSchoolId();
        for (String id : List.of(own, other)) {
            given().auth().oauth2(office()).contentType(ContentType.JSON).body(primarySchool(id)).post("/schools")
                    .then().statusCode(201);
        }
        String school = TestTokens.user("xiaozhang").role("school").school(own).token();
        given().auth().oauth2(school).get("/schools/" + own).then().statusCode(200);
        given().auth().oauth2(school).get("/schools/" + other).then().statusCode(403)
                .contentType("application/problem+json").body("rule", equalTo("SCHOOL_SCOPE"));
    }

    @Test
    void registrationIsRefusedWithAProblemNamingTheRule() {
        given().contentType(ContentType.JSON).body(primarySchool(newSchoolId())).post("/schools")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.of("renshe", "hr")).contentType(ContentType.JSON).body(primarySchool(newSchoolId()))
                .post("/schools").then().statusCode(403).body("rule", equalTo("ROLE_REQUIRED"));
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(Map.of("id", "12345", "name", "x",
                        "kind", "SCHOOL", "stages", List.of("PRIMARY"), "location", "URBAN", "district", "d"))
                .post("/schools").then().statusCode(400)
                .body("rule", equalTo("SCHOOL_ID_FORMAT")).body("field", equalTo("id"))
                .body("reason.zh", equalTo("学校标识码须为10位数字"));
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(Map.of("id", newSchoolId(), "name", "x",
                        "kind", "KINDERGARTEN", "stages", List.of("PRIMARY"), "location", "URBAN", "district", "d"))
                .post("/schools").then().statusCode(422).body("rule", equalTo("SCHOOL_STAGES_FIT_KIND"));
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(Map.of("id", newSchoolId(), "name", "x",
                        "kind", "CASTLE", "stages", List.of("PRIMARY"), "location", "URBAN", "district", "d"))
                .post("/schools").then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("kind"));
        given().auth().oauth2(office()).get("/schools/0000000000").then().statusCode(404).body("rule", equalTo("SCHOOL_EXISTS"));
        given().auth().oauth2(office()).get("/schools?kind=CASTLE").then().statusCode(400)
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("kind"));
        String id = newSchoolId();
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(primarySchool(id)).post("/schools").then().statusCode(201);
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(primarySchool(id)).post("/schools")
                .then().statusCode(409).body("rule", equalTo("SCHOOL_ID_UNIQUE"));
    }

    @Test
    void anotherCountysSchoolDoesNotExistForTheCaller() {
        String id = newSchoolId();
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(primarySchool(id)).post("/schools").then().statusCode(201);
        String elsewhere = TestTokens.user("bianban2").role("staffing-office").county("370602").token();
        given().auth().oauth2(elsewhere).get("/schools/" + id).then().statusCode(404);
    }
}
