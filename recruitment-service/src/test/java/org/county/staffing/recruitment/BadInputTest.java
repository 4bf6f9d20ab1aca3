package org.county.staffing.recruitment;

import static org.county.staffing.recruitment.Fixtures.asBureau;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 17's defects on this service, one test each: garbage query values, wrong JSON types and
 * control characters are refused with a 400 naming the field, and nothing is written.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "recruitment"))
class BadInputTest {

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("field", equalTo(field))
                .body("rule", not(equalTo("RESOURCE_EXISTS")));
    }

    private static Map<String, Object> newTeacher(String name) {
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7_000));
        return new HashMap<>(Fixtures.teacherBody(name, born, true, List.of("MATHEMATICS")));
    }

    @Test
    void anImportWithAGarbageDryRunIsRefusedAndImportsNothing() {
        Map<String, Object> teacher = newTeacher("王芳");
        String csv = "name,gender,birthDate,idNumber,subjects,title,firstHireDate\r\n"
                + "王芳,MALE," + teacher.get("birthDate") + "," + teacher.get("idNumber") + ",MATHEMATICS,FIRST,"
                + teacher.get("firstHireDate") + "\r\n";
        for (String dryRun : List.of("maybe", "1", "yes", "TRUE")) {
            refused(asBureau().contentType("text/csv").queryParam("dryRun", dryRun)
                    .body(csv.getBytes(StandardCharsets.UTF_8)).post("/teachers/import").then(), "dryRun");
        }
        // nothing was imported: the same person registers now
        asBureau().body(teacher).post("/teachers").then().statusCode(201);
    }

    @Test
    void garbageBooleanFiltersAreRefused() {
        for (String value : List.of("x", "maybe", "1", "yes")) {
            refused(asBureau().queryParam("active", value).get("/secondments").then(), "active");
            refused(asBureau().queryParam("irregular", value).get("/secondments").then(), "irregular");
            refused(asBureau().queryParam("vacant", value).get("/posts").then(), "vacant");
        }
        asBureau().queryParam("active", "true").get("/secondments").then().statusCode(200);
        asBureau().queryParam("vacant", "false").get("/posts").then().statusCode(200);
    }

    @Test
    void aSchoolYearFilterOfTheWrongShapeIsRefusedAsElsewhere() {
        for (String year : List.of("2026-2028", "2026", "26-27", "2026/2027", "-1", "2147483648", "../../q/openapi",
                "2026-2027\"", "\u202e2026-2027")) {
            refused(asBureau().queryParam("schoolYear", year).get("/plans").then(), "schoolYear")
                    .body("rule", equalTo("SCHOOL_YEAR_FORMAT"));
        }
        asBureau().queryParam("schoolYear", "2026-2027").get("/plans").then().statusCode(200);
    }

    @Test
    void garbagePagingAndWindowsAreA400NotA404() {
        for (String value : List.of("abc", "1.5", "1e3", "-1", "2147483648")) {
            refused(asBureau().queryParam("page", value).get("/teachers").then(), "page");
            refused(asBureau().queryParam("size", value).get("/teachers").then(), "size");
            refused(asBureau().queryParam("expiringWithinDays", value).get("/contracts").then(), "expiringWithinDays");
        }
        refused(asBureau().queryParam("size", "0").get("/teachers").then(), "size");
        refused(asBureau().queryParam("size", "501").get("/teachers").then(), "size");
        asBureau().queryParam("page", "0").queryParam("size", "500").get("/teachers").then().statusCode(200);
        asBureau().queryParam("expiringWithinDays", "30").get("/contracts").then().statusCode(200);
    }

    @Test
    void aNumberIsNotABoolean() {
        Map<String, Object> teacher = newTeacher("赵强");
        teacher.put("backbone", 1);
        refused(asBureau().body(teacher).post("/teachers").then(), "backbone").body("rule", equalTo("FIELD_TYPE"));
        teacher.put("backbone", true);
        String id = asBureau().body(teacher).post("/teachers").then().statusCode(201).extract().path("teacherId");
        refused(asBureau().body(Map.of("backbone", 0)).patch("/teachers/" + id).then(), "backbone")
                .body("rule", equalTo("FIELD_TYPE"));
        asBureau().get("/teachers/" + id).then().statusCode(200).body("backbone", equalTo(true));

        refused(asBureau().body(Map.of("late", 1, "lateReason", "x")).post("/plans/" + UUID.randomUUID() + "/submit").then(),
                "late").body("rule", equalTo("FIELD_TYPE"));
    }

    @Test
    void controlCharactersNeverReachTheDatabase() {
        Map<String, Object> teacher = newTeacher("李\u0000明");
        refused(asBureau().body(teacher).post("/teachers").then(), "name").body("rule", equalTo("CONTROL_CHARACTER"));
        teacher.put("name", "李明");
        String id = asBureau().body(teacher).post("/teachers").then().statusCode(201).extract().path("teacherId");
        refused(asBureau().body(Map.of("name", "李\u0001明")).patch("/teachers/" + id).then(), "name")
                .body("rule", equalTo("CONTROL_CHARACTER"));
        asBureau().get("/teachers/" + id).then().statusCode(200).body("name", equalTo("李明"));

        refused(asBureau().queryParam("schoolId", "\u0000").get("/teachers").then(), "schoolId");
        refused(asBureau().queryParam("subject", "MATHEMATICS\u0000").get("/teachers").then(), "subject");
        refused(asBureau().queryParam("schoolId", "\u0000").get("/secondments").then(), "schoolId");
        refused(asBureau().queryParam("schoolId", "\u0000").get("/posts").then(), "schoolId");
    }
}
