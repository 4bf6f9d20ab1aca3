package org.county.staffing.post.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.post.Fixtures.hr;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.contracts.quota.RegulationIssued;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanItem;
import org.county.staffing.contracts.recruitment.PlanSubmitted;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class PlanReviewFlowTest {

    static PlanItem move(UUID itemId, String teacherId, String fromSchoolId, String fromPostId, String toSchoolId,
                         String toPostId, String subject, String source) {
        return new PlanItem(itemId, "TEACHER_MOVE", fromSchoolId, toSchoolId, null, null, null, null, null, subject, null,
                null, null, UUID.fromString(teacherId), UUID.fromString(fromPostId), UUID.fromString(toPostId), null, null,
                null, null, null, source, null);
    }

    static PlanItem hire(UUID itemId, String schoolId, String postId, String category, String subject) {
        return new PlanItem(itemId, "NEW_HIRE", null, null, null, null, schoolId, null, category, subject, null, null, null,
                null, null, null, null, null, null, null, null, null, UUID.fromString(postId));
    }

    static PlanItem quotaTransfer(UUID itemId, String fromSchoolId, String toSchoolId, int amount, String reason) {
        return new PlanItem(itemId, "QUOTA_TRANSFER", fromSchoolId, toSchoolId, amount, reason, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static PlanItem establish(UUID itemId, String schoolId, String subject, String level, int count, String reason) {
        return new PlanItem(itemId, "POST_CHANGE", null, null, null, reason, schoolId, "ESTABLISH", "TEACHING", subject, level,
                count, null, null, null, null, null, null, null, null, null, null, null);
    }

    static PlanItem abolish(UUID itemId, String schoolId, String postId, String reason) {
        return new PlanItem(itemId, "POST_CHANGE", null, null, null, reason, schoolId, "ABOLISH", "TEACHING", null, null,
                null, List.of(UUID.fromString(postId)), null, null, null, null, null, null, null, null, null, null);
    }

    static void submit(String planId, int version, List<PlanItem> items) {
        Fixtures.publishRecruitment(PlanSubmitted.TYPE, planId, new PlanSubmitted(UUID.fromString(planId), Fixtures.COUNTY,
                "2026-2027", version, false, null, Fixtures.TERM_START, items));
    }

    static void execute(String planId, int version, List<PlanItem> items) {
        Fixtures.publishRecruitment(PlanExecuted.TYPE, planId, new PlanExecuted(UUID.fromString(planId), version, "2026-2027",
                Fixtures.TERM_START, items));
    }

    static JsonNode awaitPlan(String planId, int version, String status) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = given().auth().oauth2(hr()).get("/plans/" + planId);
            if (response.statusCode() != 200) {
                return false;
            }
            last[0] = Fixtures.read(response.asString());
            return last[0].path("version").asInt() == version && status.equals(last[0].path("status").asText());
        });
        return last[0];
    }

    static io.restassured.response.ValidatableResponse decide(String planId, Map<String, Object> body) {
        return given().auth().oauth2(hr()).contentType(ContentType.JSON).body(body)
                .post("/plans/" + planId + "/decision").then();
    }

    static JsonNode check(JsonNode plan, String rule) {
        for (JsonNode check : plan.path("checks")) {
            if (rule.equals(check.path("rule").asText())) {
                return check;
            }
        }
        throw new AssertionError("no check " + rule + " in " + plan);
    }

    static PlanItem leadership(UUID itemId, String schoolId, int count, String role) {
        return new PlanItem(itemId, "POST_CHANGE", null, null, null, "领导职数", schoolId, "ESTABLISH", "MANAGEMENT", null, null,
                count, null, null, null, null, null, null, null, null, null, null, null, role);
    }

    @Test
    void leadershipPostsAPlanEstablishesAreCheckedAgainstTheRegulationAndCarryTheirRoleWhenExecuted() {
        String school = Fixtures.schoolWithQuota(40);
        Fixtures.publishQuota(RegulationIssued.TYPE, school, new RegulationIssued(UUID.randomUUID(), school, Fixtures.COUNTY,
                1, LocalDate.of(2026, 9, 1), "GENERAL_BRANCH", List.of("实施初中义务教育"),
                List.of(new RegulationIssued.LeadershipPost("PRINCIPAL", 1), new RegulationIssued.LeadershipPost("DEPUTY_PRINCIPAL", 2)),
                3, "bianban"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Fixtures.summary(school).path("leadership").path("regulationVersion").asInt() == 1);

        // three deputies for a regulation's two: HR's check fails at the item's field and HR cannot approve
        String beyond = UUID.randomUUID().toString();
        submit(beyond, 1, List.of(leadership(UUID.randomUUID(), school, 1, "PRINCIPAL"),
                leadership(UUID.randomUUID(), school, 3, "DEPUTY_PRINCIPAL")));
        JsonNode refused = awaitPlan(beyond, 1, "PENDING");
        assertThat(refused.path("checksPassed").asBoolean()).isFalse();
        JsonNode failed = check(refused, "LEADERSHIP_POSTS_WITHIN_REGULATION");
        assertThat(failed.path("passed").asBoolean()).isFalse();
        assertThat(failed.path("detail").asText()).contains("items[1].leadershipRole");
        decide(beyond, Map.of("decision", "APPROVE")).statusCode(409).body("rule", equalTo("PLAN_CHECKS_PASSED"))
                .body("violations.rule", hasItem("LEADERSHIP_POSTS_WITHIN_REGULATION"));

        // within the regulation: approved, and the execution sets the posts up with their roles
        String within = UUID.randomUUID().toString();
        List<PlanItem> items = List.of(leadership(UUID.randomUUID(), school, 1, "PRINCIPAL"),
                leadership(UUID.randomUUID(), school, 2, "DEPUTY_PRINCIPAL"));
        submit(within, 1, items);
        JsonNode pending = awaitPlan(within, 1, "PENDING");
        assertThat(pending.path("checksPassed").asBoolean()).as(pending.toString()).isTrue();
        decide(within, Map.of("decision", "APPROVE", "version", 1)).statusCode(200);
        execute(within, 1, items);
        awaitPlan(within, 1, "EXECUTED");
        JsonNode leadership = Fixtures.summary(school).path("leadership");
        assertThat(leadership.path("established").asInt()).isEqualTo(3);
        assertThat(leadership.path("missing").asInt()).isZero();
        assertThat(Fixtures.postEvents(e -> "post.post.established.v1".equals(e.type())
                && within.equals(e.data().path("planId").asText(null)), 3))
                .extracting(e -> e.data().path("leadershipRole").asText())
                .containsExactlyInAnyOrder("PRINCIPAL", "DEPUTY_PRINCIPAL", "DEPUTY_PRINCIPAL");

        // executed again by another plan beyond the regulation (approved before a later cut): set up without the role
        String late = UUID.randomUUID().toString();
        execute(late, 1, List.of(leadership(UUID.randomUUID(), school, 1, "PRINCIPAL")));
        List<CloudEvent> lateEstablished = Fixtures.postEvents(e -> "post.post.established.v1".equals(e.type())
                && late.equals(e.data().path("planId").asText(null)), 1);
        assertThat(lateEstablished).singleElement().satisfies(e -> {
            assertThat(e.data().path("category").asText()).isEqualTo("MANAGEMENT");
            assertThat(e.data().path("leadershipRole").isNull()).isTrue();
            assertThat(e.data().path("reason").asText()).contains("LEADERSHIP_POSTS_WITHIN_REGULATION");
        });
        assertThat(Fixtures.summary(school).path("leadership").path("excess").asInt()).isZero();
    }

    @Test
    void aSoundPlanIsCheckedApprovedAndItsPostChangesAreCarriedOutOnce() {
        String a = Fixtures.schoolWithQuota(10);
        String b = Fixtures.schoolWithQuota(5, "RURAL");
        List<String> aMath = Fixtures.createPosts(a, "TEACHING", "MATHEMATICS", 2);
        String bMath = Fixtures.createPosts(b, "TEACHING", "MATHEMATICS", 1).get(0);
        String bChinese = Fixtures.createPosts(b, "TEACHING", "CHINESE", 1).get(0);
        String mover = UUID.randomUUID().toString();
        Fixtures.appoint(mover, bMath, b);
        Fixtures.awaitPostStatus(bMath, "OCCUPIED");

        String planId = UUID.randomUUID().toString();
        List<PlanItem> items = List.of(
                move(UUID.randomUUID(), mover, b, bMath, a, aMath.get(0), "MATHEMATICS", "BUREAU"),
                hire(UUID.randomUUID(), b, bChinese, "TEACHING", "CHINESE"),
                quotaTransfer(UUID.randomUUID(), a, b, 1, "农村学校补充"),
                establish(UUID.randomUUID(), b, "ENGLISH", "SECOND", 1, "开设英语"),
                abolish(UUID.randomUUID(), a, aMath.get(1), "数学岗位富余"),
                abolish(UUID.randomUUID(), b, bMath, "教师调出后撤销"));
        submit(planId, 1, items);

        JsonNode pending = awaitPlan(planId, 1, "PENDING");
        assertThat(pending.path("checksPassed").asBoolean()).as(pending.toString()).isTrue();
        assertThat(pending.path("checks")).hasSize(5);
        given().auth().oauth2(Fixtures.token("education-bureau")).get("/plans?status=PENDING")
                .then().statusCode(200).body("planId", hasItem(planId));

        decide(planId, Map.of("decision", "APPROVE", "version", 1)).statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("hr:renshe"));
        decide(planId, Map.of("decision", "APPROVE")).statusCode(409).body("rule", equalTo("PLAN_DECIDED_ONCE"));

        CloudEvent decided = Fixtures.postEvents(e -> "post.plan.decided.v1".equals(e.type()) && planId.equals(e.subject()), 1)
                .get(0);
        assertThat(decided.actor()).isEqualTo("hr:renshe");
        assertThat(decided.data().path("department").asText()).isEqualTo("HR");
        assertThat(decided.data().path("decision").asText()).isEqualTo("APPROVE");
        assertThat(decided.data().path("version").asInt()).isEqualTo(1);
        assertThat(decided.data().path("checks")).hasSize(5)
                .allSatisfy(c -> assertThat(c.path("passed").asBoolean()).isTrue());

        // executed before the mover's transfer was handled: the held post goes once they leave it
        execute(planId, 1, items);
        awaitPlan(planId, 1, "EXECUTED");
        Fixtures.awaitPostStatus(aMath.get(1), "ABOLISHED");
        assertThat(Fixtures.post(aMath.get(1)).path("abolishedByPlan").asText()).isEqualTo(planId);
        JsonNode held = Fixtures.post(bMath);
        assertThat(held.path("status").asText()).isEqualTo("OCCUPIED");
        assertThat(held.path("abolishWhenVacatedPlan").asText()).isEqualTo(planId);

        Fixtures.transfer(mover, bMath, b, aMath.get(0), a, planId);
        Fixtures.awaitPostStatus(bMath, "ABOLISHED");
        assertThat(Fixtures.post(aMath.get(0)).path("teacherId").asText()).isEqualTo(mover);

        // a second delivery of the execution (a new event id) changes nothing
        execute(planId, 1, items);
        List<CloudEvent> established = Fixtures.postEvents(e -> "post.post.established.v1".equals(e.type())
                && planId.equals(e.data().path("planId").asText(null)), 1);
        assertThat(established).singleElement().satisfies(e -> {
            assertThat(e.data().path("schoolId").asText()).isEqualTo(b);
            assertThat(e.data().path("subject").asText()).isEqualTo("ENGLISH");
            assertThat(e.data().path("level").asText()).isEqualTo("SECOND");
        });
        assertThat(Fixtures.postEvents(e -> "post.post.abolished.v1".equals(e.type())
                && planId.equals(e.data().path("planId").asText(null)), 2)).hasSize(2);
        // the next event of the plan shares the execution's partition: once it is seen, the second execution was handled
        submit(planId, 2, List.of());
        awaitPlan(planId, 2, "PENDING");
        given().auth().oauth2(hr()).get("/schools/" + b + "/posts?subject=ENGLISH")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aPlanFailingTheCheckIsNotApprovedAndARejectionGivesReasons() {
        String a = Fixtures.schoolWithQuota(3);
        String aChinese = Fixtures.createPosts(a, "TEACHING", "CHINESE", 1).get(0);
        String aArt = Fixtures.createPosts(a, "TEACHING", "ART", 1).get(0);
        String holder = UUID.randomUUID().toString();
        Fixtures.appoint(holder, aChinese, a);
        Fixtures.awaitPostStatus(aChinese, "OCCUPIED");

        String planId = UUID.randomUUID().toString();
        UUID m1 = UUID.randomUUID();
        UUID h1 = UUID.randomUUID();
        List<PlanItem> items = List.of(
                move(m1, UUID.randomUUID().toString(), "1137068301", UUID.randomUUID().toString(), a, aChinese, "CHINESE",
                        "ROTATION"),
                hire(h1, a, aArt, "TEACHING", "MUSIC"),
                establish(UUID.randomUUID(), a, "PE", null, 2, null));
        submit(planId, 1, items);

        JsonNode pending = awaitPlan(planId, 1, "PENDING");
        assertThat(pending.path("checksPassed").asBoolean()).isFalse();
        JsonNode vacant = check(pending, "PLAN_TARGET_POSTS_VACANT");
        assertThat(vacant.path("passed").asBoolean()).isFalse();
        assertThat(vacant.path("itemIds")).extracting(JsonNode::asText).containsExactly(m1.toString(), h1.toString());
        assertThat(vacant.path("detail").asText()).contains("OCCUPIED", "is for ART, not MUSIC");
        JsonNode quota = check(pending, "PLAN_SCHOOLS_WITHIN_QUOTA");
        assertThat(quota.path("passed").asBoolean()).isFalse();
        assertThat(quota.path("detail").asText()).contains("would end with 4 posts for a quota of 3");
        assertThat(quota.path("detailZh").asText()).contains("超出 1 个");
        assertThat(check(pending, "PLAN_POST_CHANGES_VALID").path("passed").asBoolean()).isTrue();

        decide(planId, Map.of("decision", "APPROVE")).statusCode(409)
                .contentType("application/problem+json")
                .body("rule", equalTo("PLAN_CHECKS_PASSED"))
                .body("violations.rule", hasItem("PLAN_SCHOOLS_WITHIN_QUOTA"));
        decide(planId, Map.of("decision", "REJECT")).statusCode(422)
                .body("rule", equalTo("REJECT_REASONS_REQUIRED")).body("field", equalTo("reasons"));
        decide(planId, Map.of("decision", "REJECT", "reasons", List.of(" "))).statusCode(400)
                .body("rule", equalTo("NOT_BLANK"));
        decide(planId, Map.of("decision", "MAYBE")).statusCode(400)
                .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("decision"));
        assertThat(awaitPlan(planId, 1, "PENDING").path("decision").isNull()).isTrue();

        decide(planId, Map.of("decision", "REJECT", "reasons", List.of("新进人员学科与岗位不符", "学校将超编")))
                .statusCode(200).body("status", equalTo("REJECTED"));
        CloudEvent decided = Fixtures.postEvents(e -> "post.plan.decided.v1".equals(e.type()) && planId.equals(e.subject()), 1)
                .get(0);
        assertThat(decided.data().path("decision").asText()).isEqualTo("REJECT");
        assertThat(decided.data().path("reasons")).extracting(JsonNode::asText)
                .containsExactly("新进人员学科与岗位不符", "学校将超编");
        assertThat(decided.data().path("checks")).anySatisfy(c -> assertThat(c.path("passed").asBoolean()).isFalse());
    }

    @Test
    void aResubmittedVersionSupersedesThePendingOneAndDecisionsNameTheCurrentVersion() {
        String planId = UUID.randomUUID().toString();
        submit(planId, 1, List.of());
        awaitPlan(planId, 1, "PENDING");
        submit(planId, 2, List.of());
        awaitPlan(planId, 2, "PENDING");
        given().auth().oauth2(hr()).get("/plans?status=SUPERSEDED").then().statusCode(200)
                .body("findAll { it.planId == '" + planId + "' }.version", equalTo(List.of(1)));
        decide(planId, Map.of("decision", "APPROVE", "version", 1)).statusCode(409)
                .body("rule", equalTo("PLAN_VERSION_CURRENT")).body("field", equalTo("version"));
        decide(UUID.randomUUID().toString(), Map.of("decision", "APPROVE")).statusCode(404)
                .body("rule", equalTo("PLAN_EXISTS"));
        given().auth().oauth2(hr()).get("/plans?status=LOST").then().statusCode(400).body("rule", equalTo("FIELD_TYPE"));
        given().auth().oauth2(hr()).get("/plans?schoolYear=2026").then().statusCode(400).body("rule", equalTo("SCHOOL_YEAR_FORMAT"));
        String elsewhere = org.county.staffing.infra.testing.TestTokens.user("renshe2").role("hr").county("370602").token();
        given().auth().oauth2(elsewhere).get("/plans/" + planId).then().statusCode(404);
    }
}
