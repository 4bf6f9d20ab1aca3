package org.county.staffing.rotation.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.contracts.rotation.EvaluationRecorded;
import org.county.staffing.contracts.rotation.SchoolProfileUpdated;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.county.staffing.rotation.support.Feed;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Evaluations and school profiles: written by whom the rules say, versioned, explained, announced. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
class EvaluationResourceTest {

    record School(String county, String id, List<String> teachers) {
    }

    /** A school with a few teachers, arrived through the other departments' events. */
    static School school(int teachers) {
        String county = Feed.newCounty();
        String school = Feed.newSchoolId();
        List<String> ids = new java.util.ArrayList<>();
        try (Feed feed = new Feed(county)) {
            feed.schoolRegistered(school, "RURAL", "东片学区");
            feed.allocation(school, teachers + 1);
            for (int i = 0; i < teachers; i++) {
                String teacher = UUID.randomUUID().toString();
                String post = feed.post(school, "TEACHING", "MATHEMATICS");
                feed.teacherRegistered(teacher, "MATHEMATICS", LocalDate.of(1988, 3, 1), "FEMALE", LocalDate.of(2012, 9, 1), false, false, "ACTIVE");
                feed.appointed(teacher, post, school, "MATHEMATICS", LocalDate.of(2015, 9, 1));
                ids.add(teacher);
            }
            feed.flush();
        }
        String bureau = TestTokens.user("jiaoyuju").role("education-bureau").county(county).token();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                given().auth().oauth2(bureau).get("/schools/" + school + "/staffing").then().extract().statusCode() == 200
                        && Integer.valueOf(teachers).equals(given().auth().oauth2(bureau).get("/schools/" + school + "/staffing")
                        .then().extract().path("staff")));
        return new School(county, school, ids);
    }

    static String schoolUser(School s) {
        return TestTokens.user("xiaozhang").role("school").school(s.id()).county(s.county()).token();
    }

    static Map<String, Object> evaluation(String grade, double score) {
        return Map.of("grade", grade, "score", score, "comment", "教学认真");
    }

    @Test
    void theTeachersSchoolEvaluatesOncePerYearAndCorrectionsAreVersioned() {
        School s = school(1);
        String teacher = s.teachers().get(0);
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(evaluation("EXCELLENT", 92.5))
                .put("/teachers/" + teacher + "/evaluations/2025-2026")
                .then().statusCode(201).body("version", equalTo(1)).body("grade", equalTo("EXCELLENT"));
        // twice without a correction
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(evaluation("COMPETENT", 80))
                .put("/teachers/" + teacher + "/evaluations/2025-2026")
                .then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("EVALUATION_ONCE_PER_YEAR"))
                .body("field", equalTo("schoolYear"));
        // a correction of a version that is not current, and one without a reason
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON)
                .body(Map.of("grade", "COMPETENT", "score", 80, "correctsVersion", 2, "correctionReason", "录入错误"))
                .put("/teachers/" + teacher + "/evaluations/2025-2026").then().statusCode(409).body("rule", equalTo("EVALUATION_VERSION_CURRENT"));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(Map.of("grade", "COMPETENT", "score", 80, "correctsVersion", 1))
                .put("/teachers/" + teacher + "/evaluations/2025-2026").then().statusCode(400).body("rule", equalTo("CORRECTION_REASON_REQUIRED"));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON)
                .body(Map.of("grade", "COMPETENT", "score", 80, "correctsVersion", 1, "correctionReason", "录入错误"))
                .put("/teachers/" + teacher + "/evaluations/2025-2026")
                .then().statusCode(200).body("version", equalTo(2)).body("corrected", hasSize(1)).body("corrected[0].grade", equalTo("EXCELLENT"));

        JsonPath list = given().auth().oauth2(TestTokens.user("jiaoyuju").role("education-bureau").county(s.county()).token())
                .get("/teachers/" + teacher + "/evaluations").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("schoolYear")).containsExactly("2025-2026");
        assertThat(list.getInt("[0].version")).isEqualTo(2);
        // the teacher reads their own evaluations, not another's
        given().auth().oauth2(TestTokens.user("laoshi").role("teacher").teacher(teacher).county(s.county()).token())
                .get("/teachers/" + teacher + "/evaluations").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> events = TopicRecords.shared().await("rotation.events", r -> teacher.equals(r.key()), 2,
                Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(events).hasSize(2);
        CloudEvent corrected = CloudEventCodec.decode(events.get(1).value());
        assertThat(corrected.type()).isEqualTo("rotation.evaluation.recorded.v1");
        assertThat(corrected.data(EvaluationRecorded.TYPE).version()).isEqualTo(2);
        assertThat(corrected.data(EvaluationRecorded.TYPE).grade()).isEqualTo("COMPETENT");
        assertThat(corrected.actor()).isEqualTo("school:xiaozhang");
    }

    @Test
    void evaluationsAreRefusedWithTheRuleTheyBreakAndNothingIsWritten() {
        School s = school(1);
        School other = school(1);
        String teacher = s.teachers().get(0);
        // another school's user
        given().auth().oauth2(TestTokens.user("xz2").role("school").school(other.id()).county(s.county()).token())
                .contentType(ContentType.JSON).body(evaluation("EXCELLENT", 90))
                .put("/teachers/" + teacher + "/evaluations/2025-2026").then().statusCode(403).body("rule", equalTo("EVALUATION_BY_CURRENT_SCHOOL"));
        // an unknown teacher
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(evaluation("EXCELLENT", 90))
                .put("/teachers/" + UUID.randomUUID() + "/evaluations/2025-2026").then().statusCode(404).body("rule", equalTo("TEACHER_EXISTS"));
        // a grade outside the scale, a score outside 0-100, a malformed year, a year not begun
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(evaluation("OUTSTANDING", 90))
                .put("/teachers/" + teacher + "/evaluations/2025-2026").then().statusCode(400).body("rule", equalTo("FIELD_TYPE"))
                .body("field", equalTo("grade"));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(evaluation("EXCELLENT", 101))
                .put("/teachers/" + teacher + "/evaluations/2025-2026").then().statusCode(400).body("rule", equalTo("EVALUATION_SCORE_RANGE"))
                .body("field", equalTo("score")).body("reason.zh", equalTo("考评分数应在 0 到 100 之间"));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(Map.of("score", 90))
                .put("/teachers/" + teacher + "/evaluations/2025-2026").then().statusCode(400).body("rule", equalTo("EVALUATION_GRADE_REQUIRED"));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(evaluation("EXCELLENT", 90))
                .put("/teachers/" + teacher + "/evaluations/2025").then().statusCode(400).body("rule", equalTo("SCHOOL_YEAR_FORMAT"));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(evaluation("EXCELLENT", 90))
                .put("/teachers/" + teacher + "/evaluations/2099-2100").then().statusCode(422).body("rule", equalTo("EVALUATION_YEAR_STARTED"));
        // a bureau user may read but not evaluate
        given().auth().oauth2(TestTokens.user("jiaoyuju").role("education-bureau").county(s.county()).token())
                .contentType(ContentType.JSON).body(evaluation("EXCELLENT", 90))
                .put("/teachers/" + teacher + "/evaluations/2025-2026").then().statusCode(403).body("rule", equalTo("ROLE_REQUIRED"));
        given().auth().oauth2(TestTokens.user("jiaoyuju").role("education-bureau").county(s.county()).token())
                .get("/teachers/" + teacher + "/evaluations").then().statusCode(200).body("size()", equalTo(0));
        // another school's user does not read them either
        given().auth().oauth2(TestTokens.user("xz2").role("school").school(other.id()).county(s.county()).token())
                .get("/teachers/" + teacher + "/evaluations").then().statusCode(403).body("rule", equalTo("SCHOOL_SCOPE"));
    }

    @Test
    void theBureauSetsTheTierWithASuggestionFromTheEvaluations() {
        School s = school(5);
        double[] scores = {62, 65, 75, 68, 80};
        String[] grades = {"BASIC", "BASIC", "COMPETENT", "BASIC", "COMPETENT"};
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(evaluation(grades[i], scores[i]))
                    .put("/teachers/" + s.teachers().get(i) + "/evaluations/2025-2026").then().statusCode(201);
        }
        String bureau = TestTokens.user("jiaoyuju").role("education-bureau").county(s.county()).token();
        given().auth().oauth2(bureau).contentType(ContentType.JSON).body(Map.of("tier", "ORDINARY", "latitude", 36.91, "longitude", 121.52))
                .put("/schools/" + s.id() + "/profile").then().statusCode(200)
                .body("tier", equalTo("ORDINARY")).body("suggestion.tier", equalTo("WEAK"))
                .body("suggestion.evaluations", equalTo(5)).body("location", equalTo("RURAL")).body("district", equalTo("东片学区"));
        given().auth().oauth2(schoolUser(s)).get("/schools/" + s.id() + "/profile").then().statusCode(200).body("latitude", equalTo(36.91f));
        given().auth().oauth2(bureau).contentType(ContentType.JSON).body(Map.of("tier", "SUPERB", "latitude", 36.91, "longitude", 121.52))
                .put("/schools/" + s.id() + "/profile").then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("tier"));
        given().auth().oauth2(bureau).contentType(ContentType.JSON).body(Map.of("tier", "WEAK", "latitude", 91, "longitude", 121.52))
                .put("/schools/" + s.id() + "/profile").then().statusCode(400).body("rule", equalTo("COORDINATES_RANGE")).body("field", equalTo("latitude"));
        given().auth().oauth2(bureau).contentType(ContentType.JSON).body(Map.of("tier", "WEAK", "latitude", 36.9, "longitude", 121.5))
                .put("/schools/0000000000/profile").then().statusCode(404).body("rule", equalTo("SCHOOL_EXISTS"));
        CloudEvent updated = CloudEventCodec.decode(TopicRecords.shared().await("rotation.events", r -> s.id().equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ZERO).get(0).value());
        assertThat(updated.type()).isEqualTo("rotation.school-profile.updated.v1");
        assertThat(updated.data(SchoolProfileUpdated.TYPE).tier()).isEqualTo("ORDINARY");
        // the staffing picture: five mathematics teachers on five posts, a quota of six
        given().auth().oauth2(schoolUser(s)).get("/schools/" + s.id() + "/staffing").then().statusCode(200)
                .body("quota", equalTo(6)).body("staff", equalTo(5)).body("status", equalTo("UNDER_STAFFED"))
                .body("subjects[0].subject", equalTo("MATHEMATICS")).body("subjects[0].status", equalTo("BALANCED"));
    }

    /** A school's whole year in one request: all written with their events, or none, each refusal at its teacher. */
    @Test
    void aSchoolEvaluatesItsYearInOneRequestAllOrNothing() {
        School s = school(3);
        String t0 = s.teachers().get(0);
        String t1 = s.teachers().get(1);
        String t2 = s.teachers().get(2);
        String path = "/schools/" + s.id() + "/evaluations/2025-2026";
        String stranger = UUID.randomUUID().toString();

        // one unknown teacher refuses the whole request, and the problem names the line
        Map<String, Object> withStranger = new LinkedHashMap<>();
        withStranger.put(t0, evaluation("EXCELLENT", 91));
        withStranger.put(stranger, evaluation("COMPETENT", 80));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(Map.of("evaluations", withStranger))
                .put(path).then().statusCode(404).contentType("application/problem+json")
                .body("violations", hasSize(1)).body("violations[0].rule", equalTo("TEACHER_EXISTS"))
                .body("violations[0].field", equalTo("evaluations[" + stranger + "].teacherId"));
        // a score out of range on one line refuses every line
        Map<String, Object> badScore = new LinkedHashMap<>();
        badScore.put(t0, evaluation("EXCELLENT", 91));
        badScore.put(t1, evaluation("EXCELLENT", 101));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(Map.of("evaluations", badScore))
                .put(path).then().statusCode(400).body("rule", equalTo("EVALUATION_SCORE_RANGE"))
                .body("field", equalTo("evaluations[" + t1 + "].score"));
        given().auth().oauth2(schoolUser(s)).get("/teachers/" + t0 + "/evaluations").then().statusCode(200).body("size()", equalTo(0));

        // every teacher but one: written, the one left is named
        Map<String, Object> year = new LinkedHashMap<>();
        year.put(t0, evaluation("EXCELLENT", 91));
        year.put(t1, evaluation("COMPETENT", 78.5));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(Map.of("evaluations", year))
                .put(path).then().statusCode(200).body("created", equalTo(2)).body("corrected", equalTo(0))
                .body("evaluations", hasSize(2)).body("notEvaluated", equalTo(List.of(t2)));
        List<ConsumerRecord<String, byte[]>> events = TopicRecords.shared().await("rotation.events",
                r -> t0.equals(r.key()) || t1.equals(r.key()), 2, Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(events).hasSize(2);
        assertThat(events.stream().map(r -> CloudEventCodec.decode(r.value()).data(EvaluationRecorded.TYPE).schoolYear()))
                .containsOnly("2025-2026");

        // again without a correction: refused at both lines; a correction of one and the last teacher: written
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(Map.of("evaluations", year))
                .put(path).then().statusCode(409).body("violations", hasSize(2))
                .body("violations.rule", everyItem(equalTo("EVALUATION_ONCE_PER_YEAR")));
        Map<String, Object> rest = new LinkedHashMap<>();
        rest.put(t1, Map.of("grade", "EXCELLENT", "score", 88, "correctsVersion", 1, "correctionReason", "录入错误"));
        rest.put(t2, evaluation("BASIC", 66));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(Map.of("evaluations", rest))
                .put(path).then().statusCode(200).body("created", equalTo(1)).body("corrected", equalTo(1))
                .body("notEvaluated", hasSize(0));

        // another school's user, a bureau user, nobody; an empty request; a year not begun
        School other = school(1);
        given().auth().oauth2(schoolUser(other)).contentType(ContentType.JSON).body(Map.of("evaluations", rest))
                .put(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("jiaoyuju").role("education-bureau").county(s.county()).token())
                .contentType(ContentType.JSON).body(Map.of("evaluations", rest)).put(path).then().statusCode(403)
                .body("rule", equalTo("ROLE_REQUIRED"));
        given().contentType(ContentType.JSON).body(Map.of("evaluations", rest)).put(path).then().statusCode(401);
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(Map.of("evaluations", Map.of()))
                .put(path).then().statusCode(400).body("rule", equalTo("EVALUATIONS_REQUIRED"));
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON).body(Map.of("evaluations", Map.of(t0, evaluation("BASIC", 60))))
                .put("/schools/" + s.id() + "/evaluations/2099-2100").then().statusCode(422).body("rule", equalTo("EVALUATION_YEAR_STARTED"));
        // a teacher of another county in the school's request is unknown here
        given().auth().oauth2(schoolUser(s)).contentType(ContentType.JSON)
                .body(Map.of("evaluations", Map.of(other.teachers().get(0), evaluation("BASIC", 60))))
                .put("/schools/" + s.id() + "/evaluations/2024-2025").then().statusCode(404)
                .body("violations[0].rule", equalTo("TEACHER_EXISTS"))
                .body("violations[0].field", equalTo("evaluations[" + other.teachers().get(0) + "].teacherId"));
    }
}
