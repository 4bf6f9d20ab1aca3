package org.county.staffing.recruitment.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.recruitment.Fixtures.as;
import static org.county.staffing.recruitment.Fixtures.asBureau;
import static org.county.staffing.recruitment.plan.PlanFixtures.bothApprove;
import static org.county.staffing.recruitment.plan.PlanFixtures.holder;
import static org.county.staffing.recruitment.plan.PlanFixtures.move;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.recruitment.Fixtures;
import org.county.staffing.recruitment.employment.Assignment;
import org.county.staffing.recruitment.employment.AssignmentService;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An approved plan's moves carried out by their form (issue 14): paired exchanges both or
 * neither, support teaching and shadowing as assignments that keep the home post and end by the
 * scheduled return or a conversion, itinerant teaching by hours, competitions as internal campaigns.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "recruitment"))
class PlanFormsTest {

    @Inject
    PlatformClock clock;

    @Inject
    AssignmentService assignments;

    private LocalDate today() {
        return clock.today();
    }

    /** A plan of the current school year, effective today, submitted (late: its deadline has passed) and approved. */
    private String approvedPlan(List<Map<String, Object>> items) {
        return approve(draft(items));
    }

    private String draft(List<Map<String, Object>> items) {
        String year = SchoolYear.containing(today()).toString();
        return asBureau().body(Map.of("schoolYear", year, "items", items, "effectiveDate", today().toString()))
                .post("/plans").then().statusCode(201).extract().path("planId");
    }

    private String approve(String planId) {
        asBureau().body(Map.of("late", true, "lateReason", "交流方案补报")).post("/plans/" + planId + "/submit")
                .then().statusCode(200);
        bothApprove(planId);
        return planId;
    }

    private static void holds(UUID teacher, UUID post) {
        asBureau().get("/teachers/" + teacher).then().statusCode(200).body("currentAppointment.postId", equalTo(post.toString()));
    }

    private static void refusedAsCovered(Response response, String field) {
        response.then().statusCode(409).contentType("application/problem+json").body("rule", equalTo("POST_NOT_COVERED"))
                .body("field", equalTo(field)).body("reason.zh", containsString("交流"));
    }

    private static Map<String, Object> onlyAssignmentOf(UUID teacher) {
        List<Map<String, Object>> found = asBureau().queryParam("teacherId", teacher.toString()).get("/assignments")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void supportTeachingAndShadowingKeepTheHomePostUntilTheReturnOrAConversion() {
        String home = Fixtures.registerSchool();
        String host = Fixtures.registerSchool();
        PlanFixtures.Holder math = holder(home, "MATHEMATICS", LocalDate.of(2018, 9, 1));
        PlanFixtures.Holder chinese = holder(home, "CHINESE", LocalDate.of(2020, 9, 1));
        UUID homePost = math.post();
        UUID supporter = math.teacher();
        UUID hostPost = Fixtures.establishPost(host, "TEACHING", "MATHEMATICS");
        UUID hostPost2 = Fixtures.establishPost(host, "TEACHING", "CHINESE");
        UUID moveId = UUID.randomUUID();
        String planId = approvedPlan(List.of(
                move(supporter, home, homePost, host, hostPost, "MATHEMATICS", "SUPPORT_TEACHING", "termYears", 1,
                        "moveId", moveId.toString()),
                move(chinese.teacher(), home, chinese.post(), host, hostPost2, "CHINESE", "SHADOWING", "termYears", 1)));
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(200).body("status", equalTo("EXECUTED"));

        asBureau().get("/plans/" + planId).then().statusCode(200)
                .body("moveOutcomes.outcome", contains("ON_ASSIGNMENT", "ON_ASSIGNMENT"))
                .body("moveOutcomes.item", contains(0, 1));

        // the teachers work at the host school but hold their home posts, which stay occupied, not vacant
        holds(supporter, homePost);
        holds(chinese.teacher(), chinese.post());
        Fixtures.awaitPostState(home, homePost, "OCCUPIED");
        LocalDate returnDate = new SchoolYear(SchoolYear.containing(today()).firstYear() + 1).startsOn();
        Map<String, Object> support = onlyAssignmentOf(supporter);
        assertThat(support).containsEntry("form", "SUPPORT_TEACHING").containsEntry("homePostId", homePost.toString())
                .containsEntry("hostSchoolId", host).containsEntry("hostPostId", hostPost.toString())
                .containsEntry("returnDate", returnDate.toString()).containsEntry("planId", planId);
        assertThat(((Number) support.get("postShare")).doubleValue()).isEqualTo(1.0);
        assertThat(support.get("endedOn")).isNull();
        CloudEvent assigned = Fixtures.awaitEvents(supporter.toString(), TeacherAssigned.TYPE.name(), 1).get(0);
        TeacherAssigned payload = assigned.data(TeacherAssigned.TYPE);
        assertThat(payload.form()).isEqualTo("SUPPORT_TEACHING");
        assertThat(payload.homePostId()).isEqualTo(homePost);
        assertThat(payload.hostPostId()).isEqualTo(hostPost);
        assertThat(payload.hoursPerWeek()).isNull();
        assertThat(payload.postShare()).isEqualByComparingTo("1");
        assertThat(payload.moveId()).isEqualTo(moveId);
        assertThat(payload.returnDate()).isEqualTo(returnDate);
        assertThat(Fixtures.events(supporter.toString(), TeacherTransferred.TYPE.name(), 1)).isEmpty();

        // the host school sees who covers its posts; another school does not
        String hostUser = TestTokens.user("xiaozhang-" + host).role("school").school(host).token();
        as(hostUser).get("/assignments").then().statusCode(200).body("teacherId", hasItem(supporter.toString()));
        as(hostUser).get("/assignments/" + support.get("assignmentId")).then().statusCode(200);
        String otherUser = TestTokens.user("xiaozhang-other").role("school").school(Fixtures.unregisteredSchoolId()).token();
        as(otherUser).get("/assignments/" + support.get("assignmentId")).then().statusCode(403);

        // a teacher on assignment is not transferred elsewhere meanwhile
        UUID elsewhere = Fixtures.establishPost(host, "TEACHING", "MATHEMATICS");
        asBureau().body(Map.of("teacherId", supporter.toString(), "toPostId", elsewhere.toString(),
                "effectiveFrom", today().toString())).post("/transfers").then().statusCode(409)
                .body("rule", equalTo("TEACHER_ON_ASSIGNMENT"));

        // the covered host post is not filled for good meanwhile: no appointment, transfer or campaign acceptance
        UUID newcomer = Fixtures.registerTeacher("MATHEMATICS");
        refusedAsCovered(asBureau().body(Map.of("teacherId", newcomer.toString(), "postId", hostPost.toString(),
                "effectiveFrom", today().toString())).post("/appointments"), "postId");
        UUID colleague = holder(home, "MATHEMATICS", LocalDate.of(2019, 9, 1)).teacher();
        refusedAsCovered(asBureau().body(Map.of("teacherId", colleague.toString(), "toPostId", hostPost.toString(),
                "effectiveFrom", today().toString())).post("/transfers"), "toPostId");
        String campaign = asBureau().body(Map.of("kind", "INTERNAL", "title", "2026年跨校竞聘", "postIds", List.of(hostPost.toString()),
                        "opensAt", clock.now().atOffset(ZoneOffset.UTC).minusHours(1).toString(),
                        "closesAt", clock.now().atOffset(ZoneOffset.UTC).plusDays(7).toString()))
                .post("/campaigns").then().statusCode(201).extract().path("campaignId");
        String application = asBureau().body(Map.of("postId", hostPost.toString(), "teacherId", colleague.toString()))
                .post("/campaigns/" + campaign + "/applications").then().statusCode(201).extract().path("applicationId");
        asBureau().body(Map.of("written", 80, "interview", 80))
                .put("/campaigns/" + campaign + "/applications/" + application + "/score").then().statusCode(200);
        asBureau().post("/campaigns/" + campaign + "/close").then().statusCode(200);
        refusedAsCovered(asBureau().post("/campaigns/" + campaign + "/applications/" + application + "/acceptance"), "postId");
        asBureau().get("/teachers/" + colleague).then().body("currentAppointment.postId", not(equalTo(hostPost.toString())));

        // the bureau converts the shadowing into a transfer to the host post
        Map<String, Object> shadowing = onlyAssignmentOf(chinese.teacher());
        asBureau().body(Map.of("effectiveFrom", today().toString()))
                .post("/assignments/" + shadowing.get("assignmentId") + "/conversion").then().statusCode(200)
                .body("outcome", equalTo("CONVERTED")).body("endedOn", equalTo(today().toString()));
        holds(chinese.teacher(), hostPost2);
        CloudEvent converted = Fixtures.awaitEvents(chinese.teacher().toString(), TeacherTransferred.TYPE.name(), 1).get(0);
        assertThat(converted.data(TeacherTransferred.TYPE).form()).isEqualTo("SHADOWING");
        assertThat(converted.data(TeacherTransferred.TYPE).planId()).isEqualTo(UUID.fromString(planId));
        assertThat(Fixtures.awaitEvents(chinese.teacher().toString(), AssignmentEnded.TYPE.name(), 1).get(0).data(AssignmentEnded.TYPE)
                .outcome()).isEqualTo("CONVERTED");
        asBureau().body(Map.of("effectiveFrom", today().toString()))
                .post("/assignments/" + shadowing.get("assignmentId") + "/conversion").then().statusCode(409)
                .body("rule", equalTo("ASSIGNMENT_CONVERTIBLE"));

        // the scheduled step brings the support teacher home at the return date, not before
        assertThat(assignments.returnDue(returnDate.minusDays(1))).extracting(a -> a.teacherId).doesNotContain(supporter);
        assertThat(assignments.returnDue(returnDate)).extracting((Assignment a) -> a.teacherId).contains(supporter);
        asBureau().get("/assignments/" + support.get("assignmentId")).then().statusCode(200)
                .body("outcome", equalTo("RETURNED")).body("endedOn", equalTo(returnDate.toString()));
        holds(supporter, homePost);
        asBureau().get("/plans/" + planId).then().body("moveOutcomes.outcome", contains("RETURNED", "CONVERTED"));
        CloudEvent back = Fixtures.awaitEvents(supporter.toString(), AssignmentEnded.TYPE.name(), 1).get(0);
        assertThat(back.data(AssignmentEnded.TYPE).outcome()).isEqualTo("RETURNED");
        assertThat(back.data(AssignmentEnded.TYPE).endedOn()).isEqualTo(returnDate);
        assertThat(back.actor()).isEqualTo("system:recruitment-service");
    }

    @Test
    void itinerantTeachersCoverAHostPostByTheirHoursAndKeepTheirHomePosts() {
        String home1 = Fixtures.registerSchool();
        String home2 = Fixtures.registerSchool();
        String host = Fixtures.registerSchool();
        LocalDate since = LocalDate.of(2019, 9, 1);
        PlanFixtures.Holder h1 = holder(home1, "MUSIC", since);
        PlanFixtures.Holder h2 = holder(home2, "MUSIC", since);
        PlanFixtures.Holder h3 = holder(home2, "MUSIC", since);
        UUID post1 = h1.post();
        UUID post2 = h2.post();
        UUID post3 = h3.post();
        UUID first = h1.teacher();
        UUID second = h2.teacher();
        UUID third = h3.teacher();
        UUID hostPost = Fixtures.establishPost(host, "TEACHING", "MUSIC");

        String planId = approvedPlan(List.of(
                move(first, home1, post1, host, hostPost, "MUSIC", "ITINERANT", "hoursPerWeek", 8),
                move(second, home2, post2, host, hostPost, "MUSIC", "ITINERANT")));
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(200);
        holds(first, post1);
        holds(second, post2);
        for (UUID teacher : List.of(first, second)) {
            Map<String, Object> a = onlyAssignmentOf(teacher);
            assertThat(a).containsEntry("form", "ITINERANT").containsEntry("hoursPerWeek", 8);
            assertThat(((Number) a.get("postShare")).doubleValue()).isEqualTo(0.5);
        }
        asBureau().get("/plans/" + planId).then().body("moveOutcomes.outcome", contains("ON_ASSIGNMENT", "ON_ASSIGNMENT"));
        TeacherAssigned assigned = Fixtures.awaitEvents(second.toString(), TeacherAssigned.TYPE.name(), 1).get(0)
                .data(TeacherAssigned.TYPE);
        assertThat(assigned.hoursPerWeek()).isEqualTo(8);
        assertThat(assigned.fullPostHours()).isEqualTo(16);
        assertThat(assigned.postShare()).isEqualByComparingTo("0.5");

        // 16 of 16 hours are covered: a third itinerant teacher is refused and the plan is not carried out
        String more = approvedPlan(List.of(move(third, home2, post3, host, hostPost, "MUSIC", "ITINERANT", "hoursPerWeek", 4)));
        asBureau().post("/plans/" + more + "/execution").then().statusCode(409)
                .body("rule", equalTo("ASSIGNMENT_HOST_POST_COVERED")).body("field", equalTo("items[0].toPostId"));
        asBureau().get("/plans/" + more).then().body("status", equalTo("APPROVED"));
        asBureau().queryParam("teacherId", third.toString()).get("/assignments").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aPairedExchangeMovesBothTeachersOrNeither() {
        String a = Fixtures.registerSchool();
        String b = Fixtures.registerSchool();
        PlanFixtures.Holder atA = holder(a, "ENGLISH", LocalDate.of(2019, 9, 1));
        PlanFixtures.Holder atB = holder(b, "ENGLISH", LocalDate.of(2019, 9, 1));
        UUID otherB = Fixtures.establishPost(b, "TEACHING", "ENGLISH");
        Map<String, Object> xToB = move(atA.teacher(), a, atA.post(), b, atB.post(), "ENGLISH", "PAIRED_EXCHANGE", "termYears", 3);
        Map<String, Object> yToA = move(atB.teacher(), b, atB.post(), a, atA.post(), "ENGLISH", "PAIRED_EXCHANGE", "termYears", 3);

        // a lone half of an exchange is not submitted
        String planId = draft(List.of(xToB));
        asBureau().body(Map.of("late", true, "lateReason", "补报")).post("/plans/" + planId + "/submit").then().statusCode(422)
                .body("rule", equalTo("PLAN_EXCHANGE_PAIRED")).body("field", equalTo("items[0].form"));
        asBureau().body(Map.of("items", List.of(xToB, yToA))).put("/plans/" + planId).then().statusCode(200);

        // after approval one partner is moved elsewhere: the execution is refused and nobody moves
        approve(planId);
        asBureau().body(Map.of("teacherId", atB.teacher().toString(), "toPostId", otherB.toString(), "effectiveFrom", today().toString()))
                .post("/transfers").then().statusCode(201);
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(409)
                .body("rule", equalTo("MOVE_FROM_CURRENT_POST")).body("field", equalTo("items[1].fromPostId"));
        holds(atA.teacher(), atA.post());
        holds(atB.teacher(), otherB);
        asBureau().get("/plans/" + planId).then().body("status", equalTo("APPROVED"));
        assertThat(Fixtures.events(atA.teacher().toString(), TeacherTransferred.TYPE.name(), 1)).isEmpty();
    }

    @Test
    void aCompetitionOpensTheDestinationPostAsAnInternalCampaignAndMovesOnlyOnAcceptance() {
        String home = Fixtures.registerSchool();
        String rivalSchool = Fixtures.registerSchool();
        String destination = Fixtures.registerSchool();
        PlanFixtures.Holder atHome = holder(home, "PHYSICS", LocalDate.of(2017, 9, 1));
        UUID homePost = atHome.post();
        UUID planned = atHome.teacher();
        UUID rival = holder(rivalSchool, "PHYSICS", LocalDate.of(2017, 9, 1)).teacher();
        UUID target = Fixtures.establishPost(destination, "TEACHING", "PHYSICS");
        UUID moveId = UUID.randomUUID();
        String planId = approvedPlan(List.of(move(planned, home, homePost, destination, target, "PHYSICS", "COMPETITION",
                "moveId", moveId.toString())));
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(200);

        // nobody moved yet: the post is an open internal campaign with the planned teacher's application in
        holds(planned, homePost);
        List<Map<String, Object>> open = asBureau().queryParam("status", "OPEN").get("/campaigns").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.planId == '" + planId + "' }");
        assertThat(open).hasSize(1);
        Map<String, Object> campaign = open.get(0);
        assertThat(campaign).containsEntry("kind", "INTERNAL").containsEntry("invitedTeacherId", planned.toString())
                .containsEntry("postIds", List.of(target.toString()));
        String campaignId = (String) campaign.get("campaignId");
        asBureau().get("/plans/" + planId).then().body("moveOutcomes[0].outcome", equalTo("COMPETITION_OPEN"));
        String plannedApplication = asBureau().get("/campaigns/" + campaignId + "/applications").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].teacherId", equalTo(planned.toString())).extract().path("[0].applicationId");

        // another teacher of the county competes too; the ranking offers the post to the planned teacher first
        String rivalApplication = asBureau().body(Map.of("postId", target.toString(), "teacherId", rival.toString()))
                .post("/campaigns/" + campaignId + "/applications").then().statusCode(201).extract().path("applicationId");
        asBureau().body(Map.of("written", 90, "interview", 90))
                .put("/campaigns/" + campaignId + "/applications/" + plannedApplication + "/score").then().statusCode(200);
        asBureau().body(Map.of("written", 80, "interview", 80))
                .put("/campaigns/" + campaignId + "/applications/" + rivalApplication + "/score").then().statusCode(200);
        asBureau().post("/campaigns/" + campaignId + "/close").then().statusCode(200);

        // the planned teacher declines and stays at home; the post goes to the next in rank, who moves on acceptance
        asBureau().post("/campaigns/" + campaignId + "/applications/" + plannedApplication + "/declination")
                .then().statusCode(200).body("offer", equalTo("DECLINED"));
        holds(planned, homePost);
        asBureau().body(Map.of("effectiveFrom", today().toString()))
                .post("/campaigns/" + campaignId + "/applications/" + rivalApplication + "/acceptance")
                .then().statusCode(200).body("offer", equalTo("ACCEPTED"));
        holds(rival, target);
        holds(planned, homePost);
        TeacherTransferred won = Fixtures.awaitEvents(rival.toString(), TeacherTransferred.TYPE.name(), 1).get(0)
                .data(TeacherTransferred.TYPE);
        assertThat(won.form()).isEqualTo("COMPETITION");
        assertThat(won.planId()).isEqualTo(UUID.fromString(planId));
        assertThat(won.moveId()).isNull();
        asBureau().get("/campaigns/" + campaignId).then().body("status", equalTo("CLOSED"))
                .body("closedAt", not(nullValue()));
        asBureau().get("/plans/" + planId).then().body("moveOutcomes[0].outcome", equalTo("COMPETITION_DECLINED"))
                .body("moveOutcomes[0].campaignId", equalTo(campaignId));
    }

    @Test
    void aCompetitionWhosePostIsFrozenBeforeTheOffersClosesUnfilledAndThePlannedTeacherStaysAtHome() {
        String home = Fixtures.registerSchool();
        String destination = Fixtures.registerSchool();
        PlanFixtures.Holder atHome = holder(home, "PHYSICS", LocalDate.of(2017, 9, 1));
        UUID target = Fixtures.establishPost(destination, "TEACHING", "PHYSICS");
        String planId = approvedPlan(List.of(move(atHome.teacher(), home, atHome.post(), destination, target, "PHYSICS",
                "COMPETITION")));
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(200);
        String campaignId = (String) asBureau().queryParam("status", "OPEN").get("/campaigns").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.planId == '" + planId + "' }.campaignId").get(0);
        String application = asBureau().get("/campaigns/" + campaignId + "/applications").then().statusCode(200)
                .extract().path("[0].applicationId");
        asBureau().body(Map.of("written", 90, "interview", 90))
                .put("/campaigns/" + campaignId + "/applications/" + application + "/score").then().statusCode(200);

        // the destination school's quota fell with no other vacant post: HR froze the competition's post
        Fixtures.freezePost(destination, target, "TEACHING", "PHYSICS");
        Fixtures.awaitPostState(destination, target, "FROZEN");
        asBureau().post("/campaigns/" + campaignId + "/close").then().statusCode(200)
                .body("campaign.status", equalTo("CLOSED"))
                .body("campaign.closedReason", containsString("CAMPAIGN_POST_NOT_FROZEN"))
                .body("campaign.closedReason", containsString("冻结"))
                .body("applications[0].offer", equalTo("NONE"));
        holds(atHome.teacher(), atHome.post());
        asBureau().get("/plans/" + planId).then().body("moveOutcomes[0].outcome", equalTo("COMPETITION_POST_FROZEN"));
        List<CloudEvent> closed = Fixtures.awaitEvents(campaignId, "recruitment.campaign.closed.v1", 1);
        assertThat(closed.get(0).data().path("appointments")).isEmpty();
        assertThat(closed.get(0).data().path("reason").asText()).contains("CAMPAIGN_POST_NOT_FROZEN", target.toString());
    }
}
