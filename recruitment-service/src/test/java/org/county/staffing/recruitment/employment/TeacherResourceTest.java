package org.county.staffing.recruitment.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.recruitment.Fixtures.as;
import static org.county.staffing.recruitment.Fixtures.asBureau;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.county.staffing.recruitment.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "recruitment"))
class TeacherResourceTest {

    /** Collects every log record of the service while a test runs. */
    static final class CapturedLogs extends Handler implements AutoCloseable {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        CapturedLogs() {
            setLevel(java.util.logging.Level.ALL);
            java.util.logging.Logger.getLogger("").addHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (record.getParameters() != null) {
                message = message + " " + java.util.Arrays.toString(record.getParameters());
            }
            lines.add(message + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            java.util.logging.Logger.getLogger("").removeHandler(this);
        }
    }

    @Test
    void theIdNumberNeverLeavesTheServiceWholeNotInResponsesEventsOrLogs() {
        LocalDate born = LocalDate.of(1994, 5, 20);
        Map<String, Object> body = Fixtures.teacherBody("李娜", born, false, List.of("english", "MUSIC"));
        String idNumber = (String) body.get("idNumber");
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        try (CapturedLogs logs = new CapturedLogs()) {
            String created = asBureau().body(body).post("/teachers")
                    .then().statusCode(201)
                    .body("idNumberMasked", equalTo(masked))
                    .body("subjects", contains("ENGLISH", "MUSIC"))
                    .body("status", equalTo("ACTIVE"))
                    .body("young", equalTo(true))
                    .body("backbone", equalTo(false))
                    .extract().asString();
            assertThat(created).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14) + idNumber.substring(14));
            String id = io.restassured.path.json.JsonPath.from(created).getString("teacherId");

            String read = asBureau().get("/teachers/" + id).then().statusCode(200).extract().asString();
            assertThat(read).doesNotContain(idNumber).contains(masked);
            // the same number again: refused, and the refusal shows only the masked form
            Map<String, Object> again = new HashMap<>(Fixtures.teacherBody("李娜", born, false, List.of("ENGLISH")));
            again.put("idNumber", idNumber.toLowerCase());
            String refusal = asBureau().body(again).post("/teachers").then().statusCode(409)
                    .body("rule", equalTo("ID_NUMBER_UNIQUE")).body("field", equalTo("idNumber"))
                    .extract().asString();
            assertThat(refusal).doesNotContain(idNumber).contains(masked);
            // a mistyped number: refused without echoing it
            Map<String, Object> typo = new HashMap<>(body);
            String mistyped = idNumber.substring(0, 16) + ((idNumber.charAt(16) - '0' + 2) % 10) + idNumber.charAt(17);
            typo.put("idNumber", mistyped);
            String typoRefusal = asBureau().body(typo).post("/teachers").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("rule", equalTo("ID_NUMBER_CHECK_DIGIT")).body("field", equalTo("idNumber"))
                    .body("reason.zh", equalTo("身份证号码校验码不符（GB 11643），号码有误"))
                    .extract().asString();
            assertThat(typoRefusal).doesNotContain(mistyped);

            List<CloudEvent> events = Fixtures.awaitEvents(id, "recruitment.teacher.registered.v1", 1);
            assertThat(events).hasSize(1);
            CloudEvent registered = events.get(0);
            assertThat(registered.actor()).isEqualTo("education-bureau:jiaoyuju");
            assertThat(registered.countyId()).isEqualTo(Fixtures.COUNTY);
            assertThat(registered.data().path("idNumberMasked").asText()).isEqualTo(masked);
            assertThat(registered.data().path("young").asBoolean()).isTrue();
            assertThat(registered.data().path("gender").asText()).isEqualTo("FEMALE");
            assertThat(registered.data().has("idNumber")).isFalse();
            String allRecords = TopicRecords.shared().await("recruitment.events", r -> id.equals(r.key()), 1,
                            Duration.ofSeconds(10), Duration.ofMillis(200)).stream()
                    .map(r -> new String(r.value(), StandardCharsets.UTF_8)).reduce("", String::concat);
            assertThat(allRecords).doesNotContain(idNumber);

            assertThat(logs.lines).anyMatch(line -> line.contains(masked));
            assertThat(logs.lines).noneMatch(line -> line.contains(idNumber) || line.contains(mistyped)
                    || line.toUpperCase().contains(idNumber.toUpperCase()));
        }
    }

    @Test
    void aClientChosenIdIsKeptAndUsedOnlyOnce() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(Fixtures.teacherBody("王强", LocalDate.of(1980, 1, 2), true, List.of("PE")));
        body.put("id", id.toString());
        body.put("backbone", true);
        asBureau().body(body).post("/teachers").then().statusCode(201)
                .body("teacherId", equalTo(id.toString())).body("backbone", equalTo(true)).body("young", equalTo(false));
        Map<String, Object> other = new HashMap<>(Fixtures.teacherBody("王强", LocalDate.of(1980, 1, 2), true, List.of("PE")));
        other.put("id", id.toString());
        asBureau().body(other).post("/teachers").then().statusCode(409).body("rule", equalTo("TEACHER_ID_UNIQUE"));
    }

    @Test
    void badRegistrationsAreRefusedNamingFieldAndRuleAndNothingIsWritten() {
        Map<String, Object> good = Fixtures.teacherBody("张伟", LocalDate.of(1990, 7, 1), true, List.of("CHINESE"));
        Map<String, Object> wrongBirth = new HashMap<>(good);
        wrongBirth.put("birthDate", "1990-07-02");
        asBureau().body(wrongBirth).post("/teachers").then().statusCode(422)
                .body("rule", equalTo("ID_NUMBER_MATCHES_BIRTH_DATE")).body("field", equalTo("idNumber"));
        Map<String, Object> wrongGender = new HashMap<>(good);
        wrongGender.put("gender", "FEMALE");
        asBureau().body(wrongGender).post("/teachers").then().statusCode(422).body("rule", equalTo("ID_NUMBER_MATCHES_GENDER"));
        Map<String, Object> shortNumber = new HashMap<>(good);
        shortNumber.put("idNumber", "37068319900701");
        asBureau().body(shortNumber).post("/teachers").then().statusCode(400).body("rule", equalTo("ID_NUMBER_FORMAT"));
        Map<String, Object> subject = new HashMap<>(good);
        subject.put("subjects", List.of("ALCHEMY"));
        asBureau().body(subject).post("/teachers").then().statusCode(400)
                .body("rule", equalTo("SUBJECT_KNOWN")).body("field", equalTo("subjects[0]"));
        Map<String, Object> noName = new HashMap<>(good);
        noName.remove("name");
        asBureau().body(noName).post("/teachers").then().statusCode(400).body("field", equalTo("name"));
        Map<String, Object> badTitle = new HashMap<>(good);
        badTitle.put("title", "GRANDMASTER");
        asBureau().body(badTitle).post("/teachers").then().statusCode(400)
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("title"));
        // after all refusals the number is still free
        asBureau().body(good).post("/teachers").then().statusCode(201);
    }

    @Test
    void teachersReadTheirOwnRecordSchoolsTheirOwnTeachersOtherCountiesNothing() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "MATHEMATICS");
        UUID teacher = Fixtures.registerTeacher("MATHEMATICS");
        UUID elsewhere = Fixtures.registerTeacher("MATHEMATICS");
        Fixtures.appoint(teacher, post, LocalDate.of(2024, 9, 1));

        String own = TestTokens.user("t1").role("teacher").teacher(teacher.toString()).token();
        as(own).get("/teachers/" + teacher).then().statusCode(200).body("currentAppointment.postId", equalTo(post.toString()))
                .body("currentAppointment.schoolId", equalTo(school));
        as(own).get("/teachers/" + elsewhere).then().statusCode(403).body("rule", equalTo("TEACHER_SCOPE"));
        as(own).get("/teachers/" + teacher + "/appointments").then().statusCode(200).body("[0].source", equalTo("DIRECT"));

        String schoolUser = TestTokens.user("xz").role("school").school(school).token();
        as(schoolUser).get("/teachers/" + teacher).then().statusCode(200);
        as(schoolUser).get("/teachers/" + elsewhere).then().statusCode(403).body("rule", equalTo("SCHOOL_SCOPE"));
        as(schoolUser).get("/teachers").then().statusCode(200)
                .body("teacherId", contains(teacher.toString()));
        as(schoolUser).queryParam("schoolId", Fixtures.newSchoolId()).get("/teachers").then().statusCode(403);

        String otherCounty = TestTokens.user("jy2").role("education-bureau").county("370602").token();
        as(otherCounty).get("/teachers/" + teacher).then().statusCode(404).body("rule", equalTo("TEACHER_EXISTS"));
        String otherCountySchool = TestTokens.user("xz2").role("school").school(school).county("370602").token();
        as(otherCountySchool).get("/teachers/" + teacher).then().statusCode(404).body("rule", equalTo("TEACHER_EXISTS"));
        as(schoolUser).get("/teachers/" + UUID.randomUUID()).then().statusCode(404).body("rule", equalTo("TEACHER_EXISTS"));
        RestAssured.given().get("/teachers/" + teacher).then().statusCode(401);
    }

    @Test
    void aTeacherReadByIdIsTheViewTheListShowsWithOrWithoutAPost() throws Exception {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "MATHEMATICS");
        UUID appointed = Fixtures.registerTeacher("MATHEMATICS", "PHYSICS");
        UUID unappointed = Fixtures.registerTeacher("MATHEMATICS");
        Fixtures.appoint(appointed, post, LocalDate.of(2024, 9, 1));

        ObjectMapper json = new ObjectMapper();
        JsonNode listed = json.readTree(asBureau().queryParam("schoolId", school).get("/teachers")
                .then().statusCode(200).extract().asString()).get(0);
        String read = asBureau().get("/teachers/" + appointed).then().statusCode(200).extract().asString();
        assertThat(json.readTree(read)).isEqualTo(listed);
        assertThat(listed.path("currentAppointment").path("postId").asText()).isEqualTo(post.toString());

        String readUnappointed = asBureau().get("/teachers/" + unappointed).then().statusCode(200).extract().asString();
        JsonNode unappointedView = json.readTree(readUnappointed);
        assertThat(unappointedView.path("teacherId").asText()).isEqualTo(unappointed.toString());
        JsonNode noAppointment = unappointedView.path("currentAppointment");
        assertThat(noAppointment.isNull() || noAppointment.isMissingNode()).isTrue();
        String asTeacher = TestTokens.user("t2").role("teacher").teacher(unappointed.toString()).token();
        assertThat(as(asTeacher).get("/teachers/" + unappointed).then().statusCode(200).extract().asString()).isEqualTo(readUnappointed);
    }

    @Test
    void theListFiltersBySchoolSubjectAndStatus() {
        String school = Fixtures.registerSchool();
        UUID mathsPost = Fixtures.establishPost(school, "TEACHING", "MATHEMATICS");
        UUID maths = Fixtures.registerTeacher("MATHEMATICS", "PHYSICS");
        UUID art = Fixtures.registerTeacher("ART");
        Fixtures.appoint(maths, mathsPost, LocalDate.of(2023, 9, 1));
        asBureau().queryParam("schoolId", school).get("/teachers").then().statusCode(200)
                .body("teacherId", contains(maths.toString()));
        asBureau().queryParam("subject", "physics").queryParam("size", 500).get("/teachers").then().statusCode(200)
                .body("teacherId", hasItem(maths.toString())).body("teacherId", not(hasItem(art.toString())));
        asBureau().body(Map.of("status", "ON_LEAVE")).patch("/teachers/" + art).then().statusCode(200)
                .body("status", equalTo("ON_LEAVE"));
        asBureau().queryParam("status", "ON_LEAVE").queryParam("size", 500).get("/teachers").then().statusCode(200)
                .body("teacherId", hasItem(art.toString())).body("teacherId", not(hasItem(maths.toString())));
        asBureau().queryParam("size", 501).get("/teachers").then().statusCode(400);
    }

    @Test
    void theBureauMarksBackboneTeachersAndTheChangeIsAnnounced() {
        UUID teacher = Fixtures.registerTeacher("CHINESE");
        asBureau().body(Map.of("backbone", true, "title", "SENIOR")).patch("/teachers/" + teacher).then().statusCode(200)
                .body("backbone", equalTo(true)).body("title", equalTo("SENIOR"));
        asBureau().body(Map.of("status", "RETIRED")).patch("/teachers/" + teacher).then().statusCode(422)
                .body("rule", equalTo("TEACHER_STATUS_CHANGE"));
        // changes that change nothing are not announced
        asBureau().body(Map.of()).patch("/teachers/" + teacher).then().statusCode(200);
        asBureau().body(Map.of("backbone", true)).patch("/teachers/" + teacher).then().statusCode(200);
        asBureau().body(Map.of("title", "FIRST")).patch("/teachers/" + teacher).then().statusCode(200);
        List<CloudEvent> updated = Fixtures.awaitEvents(teacher.toString(), "recruitment.teacher.updated.v1", 2);
        assertThat(updated).hasSize(2);
        assertThat(updated.get(0).data().path("backbone").asBoolean()).isTrue();
        assertThat(updated.get(0).data().path("title").asText()).isEqualTo("SENIOR");
        assertThat(updated.get(1).data().path("title").asText()).isEqualTo("FIRST");
    }

    @Test
    void aCsvImportWithARejectedLineWritesNothingAndReportsEachLine() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "CHINESE");
        UUID chosen = UUID.randomUUID();
        String good1 = Fixtures.idNumber(LocalDate.of(1988, 2, 3), true);
        String good2 = Fixtures.idNumber(LocalDate.of(1996, 11, 30), false);
        String bad = Fixtures.idNumber(LocalDate.of(1990, 1, 1), true);
        String badCheck = bad.substring(0, 17) + (bad.charAt(17) == '0' ? '1' : '0');
        String valid = "id,name,gender,birthDate,idNumber,subjects,title,firstHireDate,backbone,postId,appointedSince\r\n"
                + chosen + ",\"赵,敏\",MALE,1988-02-03," + good1 + ",CHINESE;HISTORY,SENIOR,2010-09-01,true," + post + ",2015-09-01\r\n"
                + ",钱芳,FEMALE,1996-11-30," + good2 + ",ENGLISH,SECOND,2019-09-01,,,\r\n";
        String csv = valid
                + ",孙亮,MALE,1990-01-01," + badCheck + ",MATHEMATICS,FIRST,2012-09-01,,,\r\n"
                + ",周杰,MALE,1988-02-03," + good1 + ",CHINESE,FIRST,2012-09-01,,,\r\n"
                + ",吴越,MALE,1990-01-01," + bad + ",CHINESE,FIRST,2012-09-01,," + post + ",2016-09-01\r\n"
                + ",郑洁,FEMALE,not-a-date," + good2 + ",ENGLISH,FIRST,2012-09-01,,,\r\n";

        String idNumbers = good1 + good2 + bad + badCheck;
        io.restassured.response.ValidatableResponse dry = asBureau().contentType("text/csv").queryParam("dryRun", true)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/teachers/import").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("imported", equalTo(2));
        asBureau().get("/teachers/" + chosen).then().statusCode(404);

        // all or nothing: four refused lines keep the two good ones out too
        String report = asBureau().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/teachers/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("rule", equalTo("IMPORT_ALL_LINES_VALID"))
                .body("reason.zh", containsString("未写入任何数据"))
                .body("rows", equalTo(6))
                .body("imported", equalTo(0))
                .body("rejected.row", contains(4, 5, 6, 7))
                // line 5 repeats line 2's ID number: refused as a repeat within the file (nothing is registered yet)
                .body("rejected.rule", contains("ID_NUMBER_CHECK_DIGIT", "IMPORT_ROW_UNIQUE", "POST_VACANT", "FIELD_TYPE"))
                .body("rejected.field", contains("idNumber", "idNumber", "postId", "birthDate"))
                .extract().asString();
        assertThat(report).doesNotContain(good1).doesNotContain(badCheck);
        asBureau().get("/teachers/" + chosen).then().statusCode(404);

        asBureau().contentType("text/csv").body(valid.getBytes(StandardCharsets.UTF_8)).post("/teachers/import")
                .then().statusCode(200).body("rows", equalTo(2)).body("imported", equalTo(2))
                .body("rejected", empty()).body("teacherIds[0]", equalTo(chosen.toString()));
        assertThat(dry).isNotNull();
        assertThat(idNumbers).isNotEmpty();

        asBureau().get("/teachers/" + chosen).then().statusCode(200)
                .body("name", equalTo("赵,敏")).body("backbone", equalTo(true))
                .body("currentAppointment.postId", equalTo(post.toString()))
                .body("currentAppointment.since", equalTo("2015-09-01"));
        asBureau().get("/teachers/" + chosen + "/appointments").then().statusCode(200).body("[0].source", equalTo("IMPORT"));
        asBureau().get("/teachers/" + chosen + "/contracts").then().statusCode(200)
                .body("[0].status", equalTo("ACTIVE")).body("[0].endsOn", not(nullValue()));
        List<CloudEvent> appointed = Fixtures.awaitEvents(chosen.toString(), "recruitment.teacher.appointed.v1", 1);
        assertThat(appointed.get(0).data().path("source").asText()).isEqualTo("IMPORT");
        assertThat(appointed.get(0).data().path("subject").asText()).isEqualTo("CHINESE");

        asBureau().contentType("text/csv").body("name,colour\n张三,red\n").post("/teachers/import").then().statusCode(400)
                .body("rule", equalTo("IMPORT_HEADER")).body("field", equalTo("colour"));
        asBureau().contentType(ContentType.TEXT).body("").post("/teachers/import").then().statusCode(400)
                .body("rule", equalTo("IMPORT_HEADER"));
    }
}
