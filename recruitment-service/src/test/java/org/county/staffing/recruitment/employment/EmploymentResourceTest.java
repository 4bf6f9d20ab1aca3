package org.county.staffing.recruitment.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.recruitment.Fixtures.as;
import static org.county.staffing.recruitment.Fixtures.asBureau;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.recruitment.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "recruitment"))
class EmploymentResourceTest {

    @Inject
    PlatformClock clock;

    private static Map<String, Object> appointment(UUID teacher, UUID post, String from) {
        return Map.of("teacherId", teacher.toString(), "postId", post.toString(), "effectiveFrom", from);
    }

    @Test
    void anAppointmentFillsAVacantPostSignsAContractAndIsAnnounced() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "MATHEMATICS");
        UUID teacher = Fixtures.registerTeacher("MATHEMATICS");
        String appointmentId = asBureau().body(appointment(teacher, post, "2025-09-01")).post("/appointments")
                .then().statusCode(201)
                .body("schoolId", equalTo(school)).body("category", equalTo("TEACHING"))
                .body("subject", equalTo("MATHEMATICS")).body("source", equalTo("DIRECT"))
                .extract().path("appointmentId");
        Fixtures.awaitPostState(school, post, "OCCUPIED");
        asBureau().get("/teachers/" + teacher + "/contracts").then().statusCode(200)
                .body("[0].appointmentId", equalTo(appointmentId)).body("[0].type", equalTo("FIXED_TERM"))
                .body("[0].startsOn", equalTo("2025-09-01")).body("[0].endsOn", equalTo("2028-08-31"));

        CloudEvent appointed = Fixtures.awaitEvents(teacher.toString(), "recruitment.teacher.appointed.v1", 1).get(0);
        assertThat(appointed.data().path("appointmentId").asText()).isEqualTo(appointmentId);
        assertThat(appointed.data().path("postId").asText()).isEqualTo(post.toString());
        assertThat(appointed.data().path("schoolId").asText()).isEqualTo(school);
        assertThat(appointed.data().path("category").asText()).isEqualTo("TEACHING");
        assertThat(appointed.data().path("subject").asText()).isEqualTo("MATHEMATICS");
        assertThat(appointed.data().path("source").asText()).isEqualTo("DIRECT");
        assertThat(appointed.data().path("effectiveFrom").asText()).isEqualTo("2025-09-01");
    }

    @Test
    void occupiedFrozenAbolishedUnknownAndMismatchedPostsAreRefusedAndNothingIsWritten() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "MATHEMATICS");
        UUID holder = Fixtures.registerTeacher("MATHEMATICS");
        UUID other = Fixtures.registerTeacher("MATHEMATICS");
        Fixtures.appoint(holder, post, LocalDate.of(2024, 9, 1));

        asBureau().body(appointment(other, post, "2025-09-01")).post("/appointments").then().statusCode(409)
                .contentType("application/problem+json").body("rule", equalTo("POST_VACANT")).body("field", equalTo("postId"));
        UUID second = Fixtures.establishPost(school, "TEACHING", "MATHEMATICS");
        asBureau().body(appointment(holder, second, "2025-09-01")).post("/appointments").then().statusCode(409)
                .body("rule", equalTo("ONE_ACTIVE_APPOINTMENT")).body("field", equalTo("teacherId"));

        Fixtures.freezePost(school, second, "TEACHING", "MATHEMATICS");
        Fixtures.awaitPostState(school, second, "FROZEN");
        asBureau().body(appointment(other, second, "2025-09-01")).post("/appointments").then().statusCode(409)
                .body("rule", equalTo("POST_NOT_FROZEN"));
        Fixtures.unfreezePost(school, second, "TEACHING", "MATHEMATICS");
        Fixtures.awaitPostState(school, second, "VACANT");

        UUID abolished = Fixtures.establishPost(school, "TEACHING", "MATHEMATICS");
        Fixtures.abolishPost(school, abolished, "TEACHING", "MATHEMATICS");
        Fixtures.awaitPostState(school, abolished, "ABOLISHED");
        asBureau().body(appointment(other, abolished, "2025-09-01")).post("/appointments").then().statusCode(409)
                .body("rule", equalTo("POST_NOT_ABOLISHED"));

        asBureau().body(appointment(other, UUID.randomUUID(), "2025-09-01")).post("/appointments").then().statusCode(404)
                .body("rule", equalTo("POST_EXISTS"));
        asBureau().body(appointment(UUID.randomUUID(), second, "2025-09-01")).post("/appointments").then().statusCode(404)
                .body("rule", equalTo("TEACHER_EXISTS"));
        UUID chinese = Fixtures.establishPost(school, "TEACHING", "CHINESE");
        asBureau().body(appointment(other, chinese, "2025-09-01")).post("/appointments").then().statusCode(422)
                .body("rule", equalTo("POST_SUBJECT_MATCHES"));
        UUID support = Fixtures.establishPost(school, "SUPPORT", null);
        asBureau().body(appointment(other, support, "2025-09-01")).post("/appointments").then().statusCode(422)
                .body("rule", equalTo("POST_CATEGORY_MATCHES"));
        asBureau().body(Map.of("teacherId", other.toString(), "postId", second.toString())).post("/appointments")
                .then().statusCode(400).body("field", equalTo("effectiveFrom"));

        // every refusal left the teacher without a post and without a contract; the unfrozen post is still free
        asBureau().get("/teachers/" + other + "/appointments").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        asBureau().get("/teachers/" + other + "/contracts").then().statusCode(200).body("$", org.hamcrest.Matchers.empty());
        Fixtures.appoint(other, second, LocalDate.of(2025, 9, 1));
    }

    @Test
    void teachersRacingForOnePostGetItOnceAndTheOthersAConflict() throws Exception {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "POLITICS");
        List<UUID> teachers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            teachers.add(Fixtures.registerTeacher("POLITICS"));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (UUID teacher : teachers) {
                answers.add(pool.submit(() -> asBureau().body(appointment(teacher, post, "2025-09-01"))
                        .post("/appointments").then().extract().statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        long holders = teachers.stream().filter(t -> asBureau().get("/teachers/" + t).then().extract()
                .path("currentAppointment.postId") != null).count();
        assertThat(holders).isEqualTo(1);
    }

    @Test
    void aTeacherKeepsTheSubjectOfThePostTheyHold() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "SCIENCE");
        UUID teacher = Fixtures.registerTeacher("SCIENCE", "IT");
        Fixtures.appoint(teacher, post, LocalDate.of(2022, 9, 1));
        asBureau().body(Map.of("subjects", List.of("IT"))).patch("/teachers/" + teacher).then().statusCode(422)
                .body("rule", equalTo("POST_SUBJECT_MATCHES")).body("field", equalTo("subjects"));
        asBureau().body(Map.of("subjects", List.of("IT", "SCIENCE"))).patch("/teachers/" + teacher).then().statusCode(200)
                .body("subjects", contains("IT", "SCIENCE"));
    }

    @Test
    void aTransferEndsOneAppointmentAndStartsTheNextInOneStep() {
        String from = Fixtures.registerSchool();
        String to = Fixtures.registerSchool();
        UUID fromPost = Fixtures.establishPost(from, "TEACHING", "PHYSICS");
        UUID toPost = Fixtures.establishPost(to, "TEACHING", "PHYSICS");
        UUID teacher = Fixtures.registerTeacher("PHYSICS");
        UUID firstAppointment = Fixtures.appoint(teacher, fromPost, LocalDate.of(2020, 9, 1));

        asBureau().body(Map.of("teacherId", teacher.toString(), "toPostId", fromPost.toString(), "effectiveFrom", "2026-09-01"))
                .post("/transfers").then().statusCode(422).body("rule", equalTo("TRANSFER_TO_ANOTHER_POST"));
        String next = asBureau().body(Map.of("teacherId", teacher.toString(), "toPostId", toPost.toString(),
                        "effectiveFrom", "2026-09-01"))
                .post("/transfers").then().statusCode(201).body("schoolId", equalTo(to)).body("source", equalTo("TRANSFER"))
                .extract().path("appointmentId");
        asBureau().get("/teachers/" + teacher + "/appointments").then().statusCode(200)
                .body("appointmentId", contains(firstAppointment.toString(), next))
                .body("[0].endedOn", equalTo("2026-09-01")).body("[0].endReason", equalTo("TRANSFERRED"))
                .body("[1].endedOn", nullValue());
        asBureau().get("/teachers/" + teacher + "/contracts").then().statusCode(200)
                .body("status", contains("TERMINATED", "ACTIVE"));
        Fixtures.awaitPostState(from, fromPost, "VACANT");
        Fixtures.awaitPostState(to, toPost, "OCCUPIED");

        CloudEvent transferred = Fixtures.awaitEvents(teacher.toString(), "recruitment.teacher.transferred.v1", 1).get(0);
        assertThat(transferred.data().path("fromAppointmentId").asText()).isEqualTo(firstAppointment.toString());
        assertThat(transferred.data().path("fromSchoolId").asText()).isEqualTo(from);
        assertThat(transferred.data().path("toAppointmentId").asText()).isEqualTo(next);
        assertThat(transferred.data().path("toSchoolId").asText()).isEqualTo(to);
        assertThat(transferred.data().path("subject").asText()).isEqualTo("PHYSICS");
        assertThat(transferred.data().path("category").asText()).isEqualTo("TEACHING");
        assertThat(transferred.data().path("planId").isNull()).isTrue();

        UUID nobody = Fixtures.registerTeacher("PHYSICS");
        asBureau().body(Map.of("teacherId", nobody.toString(), "toPostId", fromPost.toString(), "effectiveFrom", "2026-09-01"))
                .post("/transfers").then().statusCode(409).body("rule", equalTo("TRANSFER_NEEDS_APPOINTMENT"));
    }

    @Test
    void leavingEndsThePostTheContractAndTheSecondment() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "BIOLOGY");
        UUID teacher = Fixtures.registerTeacher("BIOLOGY");
        UUID appointment = Fixtures.appoint(teacher, post, LocalDate.of(2019, 9, 1));
        asBureau().body(Map.of("teacherId", teacher.toString(), "receivingInstitution", "县教育局教研室",
                "from", "2026-03-01", "until", "2026-12-31")).post("/secondments").then().statusCode(201)
                .body("approved", equalTo(false)).body("irregular", equalTo(true));

        asBureau().body(Map.of("reason", "RETIRED", "effectiveFrom", "2027-01-31")).post("/teachers/" + teacher + "/leaving")
                .then().statusCode(200).body("status", equalTo("RETIRED")).body("currentAppointment", nullValue());
        asBureau().body(Map.of("reason", "RETIRED", "effectiveFrom", "2027-02-01")).post("/teachers/" + teacher + "/leaving")
                .then().statusCode(409).body("rule", equalTo("TEACHER_EMPLOYED"));
        Fixtures.awaitPostState(school, post, "VACANT");
        asBureau().get("/teachers/" + teacher + "/contracts").then().body("[0].status", equalTo("TERMINATED"))
                .body("[0].reason", equalTo("RETIRED"));
        asBureau().queryParam("teacherId", teacher.toString()).get("/secondments").then().statusCode(200)
                .body("[0].endedOn", equalTo("2027-01-31"));

        CloudEvent left = Fixtures.awaitEvents(teacher.toString(), "recruitment.teacher.left.v1", 1).get(0);
        assertThat(left.data().path("appointmentId").asText()).isEqualTo(appointment.toString());
        assertThat(left.data().path("postId").asText()).isEqualTo(post.toString());
        assertThat(left.data().path("schoolId").asText()).isEqualTo(school);
        assertThat(left.data().path("reason").asText()).isEqualTo("RETIRED");
        assertThat(left.data().path("effectiveFrom").asText()).isEqualTo("2027-01-31");
        assertThat(Fixtures.awaitEvents(teacher.toString(), "recruitment.secondment.ended.v1", 1)).hasSize(1);
    }

    @Test
    void contractsAreRenewedTerminatedAndListedWhenTheyExpireSoon() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "HISTORY");
        UUID teacher = Fixtures.registerTeacher("HISTORY");
        LocalDate today = clock.today();
        LocalDate start = today.minusYears(2);
        LocalDate end = today.plusDays(20);
        asBureau().body(Map.of("teacherId", teacher.toString(), "postId", post.toString(), "effectiveFrom", start.toString(),
                        "contract", Map.of("type", "FIXED_TERM", "endsOn", end.toString())))
                .post("/appointments").then().statusCode(201);
        String contract = asBureau().get("/teachers/" + teacher + "/contracts").then().extract().path("[0].contractId");

        asBureau().queryParam("expiringWithinDays", 30).get("/contracts").then().statusCode(200)
                .body("contractId", hasItem(contract));
        asBureau().queryParam("expiringWithinDays", 10).get("/contracts").then().statusCode(200)
                .body("contractId", not(hasItem(contract)));
        asBureau().queryParam("expiringWithinDays", -1).get("/contracts").then().statusCode(400)
                .body("rule", equalTo("EXPIRING_WINDOW"));

        asBureau().body(Map.of("endsOn", end.minusDays(1).toString())).post("/contracts/" + contract + "/renewal")
                .then().statusCode(422).body("rule", equalTo("RENEWAL_EXTENDS")).body("field", equalTo("endsOn"));
        asBureau().body(Map.of("endsOn", end.plusYears(3).toString())).post("/contracts/" + contract + "/renewal")
                .then().statusCode(200).body("endsOn", equalTo(end.plusYears(3).toString())).body("renewals", equalTo(1));
        asBureau().queryParam("expiringWithinDays", 30).get("/contracts").then().body("contractId", not(hasItem(contract)));

        asBureau().body(Map.of("reason", "本人申请解除聘用合同", "effectiveOn", today.toString()))
                .post("/contracts/" + contract + "/termination").then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("reason", equalTo("本人申请解除聘用合同"));
        asBureau().body(Map.of("reason", "again", "effectiveOn", today.toString()))
                .post("/contracts/" + contract + "/termination").then().statusCode(409).body("rule", equalTo("CONTRACT_ACTIVE"));
        asBureau().body(Map.of("endsOn", end.plusYears(6).toString())).post("/contracts/" + contract + "/renewal")
                .then().statusCode(409).body("rule", equalTo("CONTRACT_ACTIVE"));
        asBureau().body(Map.of("endsOn", "2030-01-01")).post("/contracts/" + UUID.randomUUID() + "/renewal")
                .then().statusCode(404).body("rule", equalTo("CONTRACT_EXISTS"));

        List<String> types = Fixtures.events(contract, null, 3).stream().map(CloudEvent::type).toList();
        assertThat(types).containsExactly("recruitment.contract.signed.v1", "recruitment.contract.renewed.v1",
                "recruitment.contract.terminated.v1");
    }

    @Test
    void secondmentsKeepThePostAreInspectedAndEnd() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "GEOGRAPHY");
        UUID teacher = Fixtures.registerTeacher("GEOGRAPHY");
        Fixtures.appoint(teacher, post, LocalDate.of(2018, 9, 1));
        asBureau().body(Map.of("teacherId", teacher.toString(), "receivingInstitution", "县委宣传部",
                "from", "2026-09-01", "until", "2027-09-30", "approvalReference", "县编发〔2026〕3号"))
                .post("/secondments").then().statusCode(422).body("rule", equalTo("SECONDMENT_AT_MOST_MAX_MONTHS"));
        String id = asBureau().body(Map.of("teacherId", teacher.toString(), "receivingInstitution", "县委宣传部",
                        "from", "2026-09-01", "until", "2027-06-30", "approvalReference", "县编发〔2026〕3号"))
                .post("/secondments").then().statusCode(201)
                .body("schoolId", equalTo(school)).body("postId", equalTo(post.toString()))
                .body("approved", equalTo(true)).extract().path("secondmentId");
        asBureau().get("/teachers/" + teacher).then().body("status", equalTo("SECONDED"))
                .body("currentAppointment.postId", equalTo(post.toString()));
        Fixtures.awaitPostState(school, post, "OCCUPIED");
        asBureau().body(Map.of("teacherId", teacher.toString(), "receivingInstitution", "x", "from", "2026-09-01",
                "until", "2026-10-01")).post("/secondments").then().statusCode(409).body("rule", equalTo("TEACHER_ACTIVE"));

        String office = TestTokens.user("bianban").role("staffing-office").token();
        as(office).queryParam("schoolId", school).get("/secondments").then().statusCode(200)
                .body("secondmentId", contains(id)).body("[0].receivingInstitution", equalTo("县委宣传部"));
        String schoolUser = TestTokens.user("xz").role("school").school(school).token();
        as(schoolUser).get("/secondments").then().statusCode(200).body("secondmentId", contains(id));

        CloudEvent seconded = Fixtures.awaitEvents(teacher.toString(), "recruitment.teacher.seconded.v1", 1).get(0);
        assertThat(seconded.data().path("receivingInstitution").asText()).isEqualTo("县委宣传部");
        assertThat(seconded.data().path("approvalReference").asText()).isEqualTo("县编发〔2026〕3号");
        assertThat(seconded.data().path("from").asText()).isEqualTo("2026-09-01");
        assertThat(seconded.data().path("until").asText()).isEqualTo("2027-06-30");

        asBureau().body(Map.of("endedOn", "2026-08-01")).post("/secondments/" + id + "/end").then().statusCode(422)
                .body("rule", equalTo("SECONDMENT_END_IN_PERIOD"));
        asBureau().body(Map.of("endedOn", "2027-03-31")).post("/secondments/" + id + "/end").then().statusCode(200)
                .body("endedOn", equalTo("2027-03-31"));
        asBureau().body(Map.of("endedOn", "2027-03-31")).post("/secondments/" + id + "/end").then().statusCode(409)
                .body("rule", equalTo("SECONDMENT_ACTIVE"));
        asBureau().get("/teachers/" + teacher).then().body("status", equalTo("ACTIVE"));
        CloudEvent ended = Fixtures.awaitEvents(teacher.toString(), "recruitment.secondment.ended.v1", 1).get(0);
        assertThat(ended.data().path("secondmentId").asText()).isEqualTo(id);
        assertThat(ended.data().path("endedOn").asText()).isEqualTo("2027-03-31");
    }
}
