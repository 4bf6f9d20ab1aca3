package org.county.staffing.recruitment.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.recruitment.Fixtures.as;
import static org.county.staffing.recruitment.Fixtures.asBureau;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.post.PostPlanDecided;
import org.county.staffing.contracts.quota.QuotaPlanDecided;
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

    private static Map<String, Object> move(UUID teacher, String fromSchool, UUID fromPost, String toSchool, UUID toPost,
                                            String subject, String form, Object... more) {
        Map<String, Object> item = new HashMap<>(Map.of("kind", "TEACHER_MOVE", "teacherId", teacher.toString(),
                "fromSchoolId", fromSchool, "fromPostId", fromPost.toString(), "toSchoolId", toSchool,
                "toPostId", toPost.toString(), "subject", subject, "form", form, "source", "ROTATION"));
        for (int i = 0; i < more.length; i += 2) {
            item.put((String) more[i], more[i + 1]);
        }
        return item;
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
        Fixtures.publish(QuotaPlanDecided.TYPE, planId, new QuotaPlanDecided(UUID.fromString(planId), 1, "STAFFING_OFFICE",
                "APPROVE", List.of(), List.of(), Fixtures.COUNTY, null, OffsetDateTime.now(ZoneOffset.UTC)));
        Fixtures.publish(PostPlanDecided.TYPE, planId, new PostPlanDecided(UUID.fromString(planId), 1, "HR", "APPROVE",
                List.of(), List.of(), null));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                "APPROVED".equals(asBureau().get("/plans/" + planId).then().extract().path("status")));
        return planId;
    }

    private static void holds(UUID teacher, UUID post) {
        asBureau().get("/teachers/" + teacher).then().statusCode(200).body("currentAppointment.postId", equalTo(post.toString()));
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
        UUID homePost = Fixtures.establishPost(home, "TEACHING", "MATHEMATICS");
        UUID hostPost = Fixtures.establishPost(host, "TEACHING", "MATHEMATICS");
        UUID homePost2 = Fixtures.establishPost(home, "TEACHING", "CHINESE");
        UUID hostPost2 = Fixtures.establishPost(host, "TEACHING", "CHINESE");
        UUID supporter = Fixtures.registerTeacher("MATHEMATICS");
        UUID shadow = Fixtures.registerTeacher("CHINESE");
        Fixtures.appoint(supporter, homePost, LocalDate.of(2018, 9, 1));
        Fixtures.appoint(shadow, homePost2, LocalDate.of(2020, 9, 1));
        UUID moveId = UUID.randomUUID();
        String planId = approvedPlan(List.of(
                move(supporter, home, homePost, host, hostPost, "MATHEMATICS", "SUPPORT_TEACHING", "termYears", 1,
                        "moveId", moveId.toString()),
                move(shadow, home, homePost2, host, hostPost2, "CHINESE", "SHADOWING", "termYears", 1)));
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(200).body("status", equalTo("EXECUTED"));

        asBureau().get("/plans/" + planId).then().statusCode(200)
                .body("moveOutcomes.outcome", contains("ON_ASSIGNMENT", "ON_ASSIGNMENT"))
                .body("moveOutcomes.item", contains(0, 1));

        // the teachers work at the host school but hold their home posts, which stay occupied, not vacant
        holds(supporter, homePost);
        holds(shadow, homePost2);
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

        // the bureau converts the shadowing into a transfer to the host post
        Map<String, Object> shadowing = onlyAssignmentOf(shadow);
        asBureau().body(Map.of("effectiveFrom", today().toString()))
                .post("/assignments/" + shadowing.get("assignmentId") + "/conversion").then().statusCode(200)
                .body("outcome", equalTo("CONVERTED")).body("endedOn", equalTo(today().toString()));
        holds(shadow, hostPost2);
        CloudEvent converted = Fixtures.awaitEvents(shadow.toString(), TeacherTransferred.TYPE.name(), 1).get(0);
        assertThat(converted.data(TeacherTransferred.TYPE).form()).isEqualTo("SHADOWING");
        assertThat(converted.data(TeacherTransferred.TYPE).planId()).isEqualTo(UUID.fromString(planId));
        assertThat(Fixtures.awaitEvents(shadow.toString(), AssignmentEnded.TYPE.name(), 1).get(0).data(AssignmentEnded.TYPE)
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
        UUID post1 = Fixtures.establishPost(home1, "TEACHING", "MUSIC");
        UUID post2 = Fixtures.establishPost(home2, "TEACHING", "MUSIC");
        UUID post3 = Fixtures.establishPost(home2, "TEACHING", "MUSIC");
        UUID hostPost = Fixtures.establishPost(host, "TEACHING", "MUSIC");
        UUID first = Fixtures.registerTeacher("MUSIC");
        UUID second = Fixtures.registerTeacher("MUSIC");
        UUID third = Fixtures.registerTeacher("MUSIC");
        Fixtures.appoint(first, post1, LocalDate.of(2019, 9, 1));
        Fixtures.appoint(second, post2, LocalDate.of(2019, 9, 1));
        Fixtures.appoint(third, post3, LocalDate.of(2019, 9, 1));

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
        UUID postA = Fixtures.establishPost(a, "TEACHING", "ENGLISH");
        UUID postB = Fixtures.establishPost(b, "TEACHING", "ENGLISH");
        UUID otherB = Fixtures.establishPost(b, "TEACHING", "ENGLISH");
        UUID x = Fixtures.registerTeacher("ENGLISH");
        UUID y = Fixtures.registerTeacher("ENGLISH");
        Fixtures.appoint(x, postA, LocalDate.of(2019, 9, 1));
        Fixtures.appoint(y, postB, LocalDate.of(2019, 9, 1));
        Map<String, Object> xToB = move(x, a, postA, b, postB, "ENGLISH", "PAIRED_EXCHANGE", "termYears", 3);
        Map<String, Object> yToA = move(y, b, postB, a, postA, "ENGLISH", "PAIRED_EXCHANGE", "termYears", 3);

        // a lone half of an exchange is not submitted
        String planId = draft(List.of(xToB));
        asBureau().body(Map.of("late", true, "lateReason", "补报")).post("/plans/" + planId + "/submit").then().statusCode(422)
                .body("rule", equalTo("PLAN_EXCHANGE_PAIRED")).body("field", equalTo("items[0].form"));
        asBureau().body(Map.of("items", List.of(xToB, yToA))).put("/plans/" + planId).then().statusCode(200);

        // after approval one partner is moved elsewhere: the execution is refused and nobody moves
        approve(planId);
        asBureau().body(Map.of("teacherId", y.toString(), "toPostId", otherB.toString(), "effectiveFrom", today().toString()))
                .post("/transfers").then().statusCode(201);
        asBureau().post("/plans/" + planId + "/execution").then().statusCode(409)
                .body("rule", equalTo("MOVE_FROM_CURRENT_POST")).body("field", equalTo("items[1].fromPostId"));
        holds(x, postA);
        holds(y, otherB);
        asBureau().get("/plans/" + planId).then().body("status", equalTo("APPROVED"));
        assertThat(Fixtures.events(x.toString(), TeacherTransferred.TYPE.name(), 1)).isEmpty();
    }

    @Test
    void aCompetitionOpensTheDestinationPostAsAnInternalCampaignAndMovesOnlyOnAcceptance() {
        String home = Fixtures.registerSchool();
        String rivalSchool = Fixtures.registerSchool();
        String destination = Fixtures.registerSchool();
        UUID homePost = Fixtures.establishPost(home, "TEACHING", "PHYSICS");
        UUID rivalPost = Fixtures.establishPost(rivalSchool, "TEACHING", "PHYSICS");
        UUID target = Fixtures.establishPost(destination, "TEACHING", "PHYSICS");
        UUID planned = Fixtures.registerTeacher("PHYSICS");
        UUID rival = Fixtures.registerTeacher("PHYSICS");
        Fixtures.appoint(planned, homePost, LocalDate.of(2017, 9, 1));
        Fixtures.appoint(rival, rivalPost, LocalDate.of(2017, 9, 1));
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
}
