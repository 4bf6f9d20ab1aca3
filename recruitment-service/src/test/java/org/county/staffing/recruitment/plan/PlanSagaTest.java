package org.county.staffing.recruitment.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.recruitment.Fixtures.as;
import static org.county.staffing.recruitment.Fixtures.asBureau;
import static org.county.staffing.recruitment.plan.PlanFixtures.awaitPlan;
import static org.county.staffing.recruitment.plan.PlanFixtures.bothApprove;
import static org.county.staffing.recruitment.plan.PlanFixtures.holder;
import static org.county.staffing.recruitment.plan.PlanFixtures.hrDecides;
import static org.county.staffing.recruitment.plan.PlanFixtures.item;
import static org.county.staffing.recruitment.plan.PlanFixtures.staffingOfficeDecides;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.recruitment.PlanSubmitted;
import org.county.staffing.contracts.rotation.RoundProposed;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.county.staffing.recruitment.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The annual plan as a saga on the real broker: the staffing office's and HR's decisions arrive as
 * the CloudEvents those services publish, in either order; a rejection is revised and resubmitted
 * as a new version; the approved plan is carried out and announced.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "recruitment"))
class PlanSagaTest {

    @Inject
    PlanService plans;

    @Inject
    PlatformClock clock;

    /** The service's date (pinned by {@code platform.clock.fixed}): the test reckons with the service's calendar. */
    private LocalDate today() {
        return clock.today();
    }

    /** The first school year whose plan can still be submitted on time (before 31 July of its first year). */
    private SchoolYear onTimeYear() {
        SchoolYear year = SchoolYear.containing(today()).next();
        while (!today().isBefore(LocalDate.of(year.firstYear(), 7, 31))) {
            year = year.next();
        }
        return year;
    }

    @Test
    void submitRejectReviseResubmitApproveInEitherOrderAndExecute() {
        String a = Fixtures.registerSchool();
        String b = Fixtures.registerSchool();
        PlanFixtures.Holder atA = holder(a, "MATHEMATICS", LocalDate.of(2019, 9, 1));
        PlanFixtures.Holder atB = holder(b, "MATHEMATICS", LocalDate.of(2020, 9, 1));
        UUID hirePost = Fixtures.establishPost(b, "TEACHING", "ENGLISH");
        UUID round = UUID.randomUUID();
        UUID moveX = UUID.randomUUID();
        UUID moveY = UUID.randomUUID();
        LocalDate returnDate = today().plusYears(2);
        String year = SchoolYear.containing(today()).toString();

        // a paired exchange: the two teachers swap posts; plus quota, a new post and a new hire
        List<Map<String, Object>> items = List.of(
                item("kind", "QUOTA_TRANSFER", "fromSchoolId", a, "toSchoolId", b, "amount", 2, "reason", "生源向城区流动"),
                item("kind", "POST_CHANGE", "schoolId", b, "action", "ESTABLISH", "category", "TEACHING", "subject", "ENGLISH",
                        "level", "SECOND", "count", 1, "reason", "英语学科缺编"),
                item("kind", "TEACHER_MOVE", "teacherId", atA.teacher().toString(), "fromSchoolId", a, "fromPostId", atA.post().toString(),
                        "toSchoolId", b, "toPostId", atB.post().toString(), "subject", "MATHEMATICS", "form", "PAIRED_EXCHANGE",
                        "termYears", 2, "returnDate", returnDate.toString(), "roundId", round.toString(),
                        "moveId", moveX.toString(), "source", "ROTATION"),
                item("kind", "TEACHER_MOVE", "teacherId", atB.teacher().toString(), "fromSchoolId", b, "fromPostId", atB.post().toString(),
                        "toSchoolId", a, "toPostId", atA.post().toString(), "subject", "MATHEMATICS", "form", "PAIRED_EXCHANGE",
                        "termYears", 2, "returnDate", returnDate.toString(), "roundId", round.toString(),
                        "moveId", moveY.toString(), "source", "ROTATION"),
                item("kind", "NEW_HIRE", "schoolId", b, "postId", hirePost.toString(), "category", "TEACHING", "subject", "ENGLISH"));

        String planId = asBureau().body(Map.of("schoolYear", year, "items", items, "effectiveDate", today().toString()))
                .post("/plans").then().statusCode(201).body("status", equalTo("DRAFT")).body("version", equalTo(1))
                .body("items", hasSize(5)).extract().path("planId");
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(409)
                .body("rule", equalTo("PLAN_APPROVED_BEFORE_EXECUTION"));

        // the deadline (31 July of the first year) has passed: only a late submission with a reason goes through
        asBureau().post("/plans/" + planId + "/submit").then().statusCode(422).body("rule", equalTo("PLAN_SUBMISSION_DEADLINE"));
        asBureau().body(Map.of("late", true)).post("/plans/" + planId + "/submit").then().statusCode(422)
                .body("rule", equalTo("PLAN_LATE_REASON")).body("field", equalTo("lateReason"));
        asBureau().body(Map.of("late", true, "lateReason", "新校区8月交付，方案随之调整")).post("/plans/" + planId + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("version", equalTo(1))
                .body("late", equalTo(true)).body("waitingFor", contains("STAFFING_OFFICE", "HR"));
        asBureau().body(Map.of("late", true, "lateReason", "again")).post("/plans/" + planId + "/submit").then().statusCode(409)
                .body("rule", equalTo("PLAN_SUBMITTED_ONCE"));
        asBureau().body(Map.of("items", items)).put("/plans/" + planId).then().statusCode(409).body("rule", equalTo("PLAN_EDITABLE"));

        CloudEvent submitted = Fixtures.awaitEvents(planId, "recruitment.plan.submitted.v1", 1).get(0);
        assertThat(submitted.data().path("version").asInt()).isEqualTo(1);
        assertThat(submitted.data().path("late").asBoolean()).isTrue();
        assertThat(submitted.data().path("schoolYear").asText()).isEqualTo(year);
        assertThat(submitted.data().path("items")).hasSize(5);
        assertThat(submitted.data().path("items").get(2).path("moveId").asText()).isEqualTo(moveX.toString());
        assertThat(submitted.data().path("items").get(0).has("itemId")).isTrue();
        assertThat(submitted.data(PlanSubmitted.TYPE).items().get(0).teacherId()).isNull();

        // HR approves version 1, the staffing office rejects it
        hrDecides(planId, 1, "APPROVE", List.of());
        staffingOfficeDecides(planId, 1, "REJECT", List.of("调出学校编制已低于标准", "请核减调剂数"));
        awaitPlan(planId, "REJECTED", 1);
        CloudEvent rejected = Fixtures.awaitEvents(planId, "recruitment.plan.rejected.v1", 1).get(0);
        assertThat(rejected.data().path("department").asText()).isEqualTo("STAFFING_OFFICE");
        assertThat(rejected.data().path("reasons").get(0).asText()).isEqualTo("调出学校编制已低于标准");
        assertThat(rejected.actor()).isEqualTo("quota:tester");
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(409)
                .body("rule", equalTo("PLAN_APPROVED_BEFORE_EXECUTION"));

        // the bureau revises and resubmits: version 2
        List<Map<String, Object>> revised = new java.util.ArrayList<>(items);
        revised.set(0, item("kind", "QUOTA_TRANSFER", "fromSchoolId", a, "toSchoolId", b, "amount", 1, "reason", "核减后调剂1名"));
        asBureau().body(Map.of("items", revised)).put("/plans/" + planId).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("items[0].amount", equalTo(1));
        asBureau().body(Map.of("late", true, "lateReason", "按编办意见修改后重报")).post("/plans/" + planId + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("version", equalTo(2))
                .body("history", hasSize(2)).body("history[0].outcome", equalTo("REJECTED"))
                .body("history[0].decisions.department", containsInAnyOrder("HR", "STAFFING_OFFICE"))
                .body("history[0].items[0].amount", equalTo(2)).body("history[1].items[0].amount", equalTo(1));

        // this time the staffing office answers first; its second answer is refused to the dead-letter topic
        staffingOfficeDecides(planId, 2, "APPROVE", List.of());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                asBureau().get("/plans/" + planId).then().extract().jsonPath().getList("waitingFor").equals(List.of("HR")));
        String duplicate = staffingOfficeDecides(planId, 2, "REJECT", List.of("再议"));
        List<ConsumerRecord<String, byte[]>> dead = TopicRecords.shared().await("recruitment-service.dead-letter",
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(duplicate), 1, Duration.ofSeconds(30), Duration.ZERO);
        assertThat(dead).hasSize(1);
        Header reason = dead.get(0).headers().lastHeader("dead-letter-reason");
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("PLAN_DECIDED_ONCE");
        asBureau().get("/plans/" + planId).then().body("status", equalTo("SUBMITTED")).body("waitingFor", contains("HR"));

        hrDecides(planId, 2, "APPROVE", List.of());
        awaitPlan(planId, "APPROVED", 2);
        CloudEvent approved = Fixtures.awaitEvents(planId, "recruitment.plan.approved.v1", 1).get(0);
        assertThat(approved.data().path("version").asInt()).isEqualTo(2);
        assertThat(approved.data().path("approvals")).hasSize(2);
        assertThat(approved.data().path("approvals").findValuesAsText("department")).containsExactlyInAnyOrder("HR", "STAFFING_OFFICE");
        assertThat(approved.actor()).isEqualTo("post:tester");

        String office = TestTokens.user("bianban").role("staffing-office").token();
        as(office).get("/plans/" + planId).then().statusCode(200).body("decisions", hasSize(2))
                .body("decisions.decision", contains("APPROVE", "APPROVE"));

        // carried out: the teachers swap posts, the moves are announced, then the plan
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(200)
                .body("status", equalTo("EXECUTED")).body("executedOn", equalTo(today().toString()));
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(409)
                .body("rule", equalTo("PLAN_APPROVED_BEFORE_EXECUTION"));
        asBureau().get("/teachers/" + atA.teacher()).then().body("currentAppointment.postId", equalTo(atB.post().toString()))
                .body("currentAppointment.schoolId", equalTo(b));
        asBureau().get("/teachers/" + atB.teacher()).then().body("currentAppointment.postId", equalTo(atA.post().toString()));

        CloudEvent moved = Fixtures.awaitEvents(atA.teacher().toString(), "recruitment.teacher.transferred.v1", 1).get(0);
        assertThat(moved.data().path("planId").asText()).isEqualTo(planId);
        assertThat(moved.data().path("moveId").asText()).isEqualTo(moveX.toString());
        assertThat(moved.data().path("roundId").asText()).isEqualTo(round.toString());
        assertThat(moved.data().path("form").asText()).isEqualTo("PAIRED_EXCHANGE");
        assertThat(moved.data().path("returnDate").asText()).isEqualTo(returnDate.toString());
        assertThat(moved.data().path("fromPostId").asText()).isEqualTo(atA.post().toString());
        assertThat(moved.data().path("toPostId").asText()).isEqualTo(atB.post().toString());
        assertThat(moved.data().path("effectiveFrom").asText()).isEqualTo(today().toString());
        assertThat(Fixtures.awaitEvents(atB.teacher().toString(), "recruitment.teacher.transferred.v1", 1)).hasSize(1);

        List<CloudEvent> planEvents = Fixtures.events(planId, null, 5);
        assertThat(planEvents).extracting(CloudEvent::type).containsExactly("recruitment.plan.submitted.v1",
                "recruitment.plan.rejected.v1", "recruitment.plan.submitted.v1", "recruitment.plan.approved.v1",
                "recruitment.plan.executed.v1");
        CloudEvent executed = planEvents.get(4);
        assertThat(executed.data().path("version").asInt()).isEqualTo(2);
        assertThat(executed.data().path("items")).hasSize(5);
        assertThat(executed.data().path("items").get(0).path("amount").asInt()).isEqualTo(1);
        assertThat(executed.actor()).isEqualTo("education-bureau:jiaoyuju");
    }

    @Test
    void executionWaitsForTheEffectiveDateAndSubmissionChecksWhatTheBureauVouchesFor() {
        String a = Fixtures.registerSchool();
        String b = Fixtures.registerSchool();
        PlanFixtures.Holder holder = holder(a, "CHEMISTRY", LocalDate.of(2019, 9, 1));
        UUID postA = holder.post();
        UUID teacher = holder.teacher();
        UUID postB = Fixtures.establishPost(b, "TEACHING", "CHEMISTRY");
        SchoolYear next = onTimeYear();
        Map<String, Object> move = item("kind", "TEACHER_MOVE", "teacherId", teacher.toString(), "fromSchoolId", a,
                "fromPostId", postB.toString(), "toSchoolId", b, "toPostId", postA.toString(), "subject", "CHEMISTRY",
                "source", "BUREAU");
        String planId = asBureau().body(Map.of("schoolYear", next.toString(), "items", List.of(move))).post("/plans")
                .then().statusCode(201).body("effectiveDate", equalTo(next.startsOn().toString()))
                .body("submissionDeadline", equalTo(next.firstYear() + "-07-31")).extract().path("planId");
        asBureau().body(Map.of("schoolYear", next.toString(), "items", List.of())).post("/plans").then().statusCode(409)
                .body("rule", equalTo("PLAN_ONE_DRAFT_PER_YEAR"));
        asBureau().post("/plans/" + planId + "/submit").then().statusCode(422)
                .body("rule", equalTo("PLAN_MOVE_FROM_CURRENT_POST")).body("field", equalTo("items[0].fromPostId"));
        Map<String, Object> fixed = new HashMap<>(move);
        fixed.put("fromPostId", postA.toString());
        fixed.put("toPostId", postB.toString());
        asBureau().body(Map.of("items", List.of(fixed))).put("/plans/" + planId).then().statusCode(200);
        // on time: no late mark needed
        asBureau().post("/plans/" + planId + "/submit").then().statusCode(200).body("late", equalTo(false));
        bothApprove(planId);
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(422)
                .body("rule", equalTo("PLAN_EFFECTIVE_DATE_REACHED"));
        asBureau().get("/teachers/" + teacher).then().body("currentAppointment.postId", equalTo(postA.toString()));

        asBureau().body(Map.of("schoolYear", "2026-2028", "items", List.of())).post("/plans").then().statusCode(400)
                .body("rule", equalTo("SCHOOL_YEAR_FORMAT"));
        asBureau().body(Map.of("schoolYear", next.next().toString(),
                        "items", List.of(item("kind", "QUOTA_TRANSFER", "fromSchoolId", a, "toSchoolId", a, "amount", 1, "reason", "x"))))
                .post("/plans").then().statusCode(422).body("rule", equalTo("QUOTA_TRANSFER_BETWEEN_SCHOOLS"))
                .body("field", equalTo("items[0].toSchoolId"));
        asBureau().body(Map.of("schoolYear", next.next().toString(),
                        "items", List.of(item("kind", "MERGER", "schoolId", a)))).post("/plans").then().statusCode(400)
                .body("rule", equalTo("FIELD_TYPE"));
        String empty = asBureau().body(Map.of("schoolYear", next.next().toString())).post("/plans").then().statusCode(201)
                .extract().path("planId");
        asBureau().post("/plans/" + empty + "/submit").then().statusCode(422).body("rule", equalTo("PLAN_HAS_ITEMS"));
        // a leadership role of the school's regulation, on posts an item establishes of category MANAGEMENT only
        for (Object role : List.of("HEADMASTER", "deputy_principal", 1, true)) {
            asBureau().body(Map.of("items", List.of(item("kind", "POST_CHANGE", "schoolId", a, "action", "ESTABLISH",
                            "category", "MANAGEMENT", "count", 1, "reason", "副校长", "leadershipRole", role))))
                    .put("/plans/" + empty).then().statusCode(400).body("rule", equalTo("FIELD_TYPE"))
                    .body("field", equalTo("items[0].leadershipRole"));
        }
        asBureau().body(Map.of("items", List.of(item("kind", "POST_CHANGE", "schoolId", a, "action", "ESTABLISH",
                        "category", "TEACHING", "subject", "MATHEMATICS", "count", 1, "reason", "x", "leadershipRole", "PRINCIPAL"))))
                .put("/plans/" + empty).then().statusCode(422).body("rule", equalTo("LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS"))
                .body("field", equalTo("items[0].leadershipRole"));
        asBureau().body(Map.of("items", List.of(item("kind", "POST_CHANGE", "schoolId", a, "action", "ESTABLISH",
                        "category", "MANAGEMENT", "count", 1, "reason", "副校长", "leadershipRole", "DEPUTY_PRINCIPAL"))))
                .put("/plans/" + empty).then().statusCode(200).body("items[0].leadershipRole", equalTo("DEPUTY_PRINCIPAL"));
        asBureau().body(Map.of("items", List.of(item("kind", "QUOTA_TRANSFER", "fromSchoolId", a, "toSchoolId",
                Fixtures.unregisteredSchoolId(), "amount", 1, "reason", "x")))).put("/plans/" + empty).then().statusCode(200);
        asBureau().post("/plans/" + empty + "/submit").then().statusCode(422).body("rule", equalTo("PLAN_ITEM_SCHOOL_EXISTS"))
                .body("field", equalTo("items[0].toSchoolId"));
    }

    @Test
    void aPlanWaitingTooLongOnADecisionIsFlaggedOnce() {
        String a = Fixtures.registerSchool();
        String b = Fixtures.registerSchool();
        SchoolYear later = onTimeYear().next().next().next();
        String planId = asBureau().body(Map.of("schoolYear", later.toString(), "items", List.of(item("kind", "QUOTA_TRANSFER",
                        "fromSchoolId", a, "toSchoolId", b, "amount", 3, "reason", "学段调整"))))
                .post("/plans").then().statusCode(201).extract().path("planId");
        asBureau().post("/plans/" + planId + "/submit").then().statusCode(200);
        hrDecides(planId, 1, "APPROVE", List.of());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                asBureau().get("/plans/" + planId).then().extract().jsonPath().getList("waitingFor").equals(List.of("STAFFING_OFFICE")));

        OffsetDateTime now = clock.now().atOffset(ZoneOffset.UTC);
        assertThat(plans.flagOverdue(now.plusDays(13))).extracting(p -> p.id.toString()).doesNotContain(planId);
        plans.flagOverdue(now.plusDays(15));
        plans.flagOverdue(now.plusDays(16));
        asBureau().get("/plans/" + planId).then().body("overdue", equalTo(true)).body("status", equalTo("SUBMITTED"));
        List<CloudEvent> overdue = Fixtures.events(planId, "recruitment.plan.overdue.v1", 2);
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).data().path("version").asInt()).isEqualTo(1);
        assertThat(overdue.get(0).data().path("waitingFor").get(0).asText()).isEqualTo("STAFFING_OFFICE");
        assertThat(overdue.get(0).data().path("waitingFor")).hasSize(1);
        assertThat(overdue.get(0).actor()).isEqualTo("system:recruitment-service");
        assertThat(overdue.get(0).countyId()).isEqualTo(Fixtures.COUNTY);
    }

    @Test
    void aRotationRoundsMovesJoinTheYearsDraftPlanOnce() {
        String county = "370687";
        String bureau = TestTokens.user("jyj-370687").role("education-bureau").county(county).token();
        UUID round = UUID.randomUUID();
        UUID move1 = UUID.randomUUID();
        UUID move2 = UUID.randomUUID();
        String year = SchoolYear.containing(today()).next().toString();
        RoundProposed round1 = new RoundProposed(round, county, year, List.of(
                new RoundProposed.Move(move1, UUID.randomUUID(), "3706870001", UUID.randomUUID(), "3706870002",
                        UUID.randomUUID(), "CHINESE", "SUPPORT_TEACHING", 1, LocalDate.parse("2028-08-31"), null,
                        List.of(new RoundProposed.Reason("SURPLUS", "the town school has surplus", "城区超编"),
                                new RoundProposed.Reason("SHORTAGE", "the village school lacks Chinese", "乡村缺语文"))),
                new RoundProposed.Move(move2, UUID.randomUUID(), "3706870003", UUID.randomUUID(), "3706870004",
                        UUID.randomUUID(), "PE", "ITINERANT", 1, null, null, List.of())));
        Fixtures.publish(RoundProposed.TYPE, round.toString(), round1, county);
        Fixtures.publish(RoundProposed.TYPE, round.toString(), round1, county);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !as(bureau).queryParam("schoolYear", year).get("/plans").then().statusCode(200).extract().jsonPath()
                        .getList("$").isEmpty());
        // the second delivery of the round is a different event id but adds nothing
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        as(bureau).queryParam("schoolYear", year).get("/plans").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].status", equalTo("DRAFT"))
                .body("[0].items", hasSize(2))
                .body("[0].items.source", contains("ROTATION", "ROTATION"))
                .body("[0].items.roundId", contains(round.toString(), round.toString()))
                .body("[0].items.moveId", contains(move1.toString(), move2.toString()))
                .body("[0].items[0].form", equalTo("SUPPORT_TEACHING"))
                .body("[0].items[0].returnDate", equalTo("2028-08-31"));
        asBureau().queryParam("schoolYear", year).get("/plans").then().statusCode(200)
                .body("findAll { it.countyId == '" + county + "' }", hasSize(0));
    }
}
