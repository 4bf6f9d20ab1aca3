package org.county.staffing.audit.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.county.staffing.audit.support.TeacherStory;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Reading the log: timelines across services, search, scopes, counts, and refused parameters. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AuditQueryTest {

    static String token(String role, TeacherStory story) {
        return TestTokens.user("u-" + role).role(role).county(story.county).token();
    }

    static JsonPath get(String token, String path, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theTimelineOfATeacherShowsTheirYearAcrossServicesInOrderWithActors() {
        TeacherStory story = TeacherStory.told();
        JsonPath timeline = get(token("auditor", story), "/audit/timeline/" + story.teacher, Map.of());

        assertThat(timeline.getString("subject")).isEqualTo(story.teacher);
        assertThat(timeline.getList("items.type", String.class)).containsExactly(
                "recruitment.teacher.registered.v1",
                "recruitment.teacher.appointed.v1",
                "post.post.occupied.v1",
                "rotation.evaluation.recorded.v1",
                "quota.finding.raised.v1",
                "rotation.round.proposed.v1",
                "recruitment.plan.submitted.v1",
                "recruitment.teacher.transferred.v1",
                "recruitment.plan.executed.v1",
                "rotation.move.started.v1");
        assertThat(timeline.getList("items.actor", String.class)).containsExactly(
                TeacherStory.BUREAU, TeacherStory.BUREAU, TeacherStory.BUREAU, TeacherStory.PRINCIPAL, TeacherStory.OFFICE,
                TeacherStory.PRINCIPAL, TeacherStory.BUREAU, TeacherStory.BUREAU, TeacherStory.BUREAU, TeacherStory.BUREAU);
        assertThat(timeline.getList("items.source", String.class)).contains(
                "/recruitment-service", "/post-service", "/rotation-service", "/quota-service");
        assertThat(timeline.getLong("total")).isEqualTo(10);
        // the move carries the event that caused it and the correlation of the request that executed the plan
        assertThat(timeline.getString("items[9].causationId")).isEqualTo(story.first("recruitment.teacher.transferred.v1").id());
        assertThat(timeline.getString("items[9].correlationId")).isEqualTo(story.executionCorrelation);

        JsonPath verified = get(token("auditor", story), "/audit/verify", Map.of());
        assertThat(verified.getString("status")).isEqualTo("OK");
        assertThat(verified.getLong("checked")).isEqualTo(story.events.size());
    }

    @Test
    void theTimelineOfThePlanShowsBothApprovalsAndItsExecutionAcrossServices() {
        TeacherStory story = TeacherStory.told();
        JsonPath timeline = get(token("auditor", story), "/audit/timeline/" + story.plan, Map.of());
        assertThat(timeline.getList("items.type", String.class)).containsExactly(
                "recruitment.plan.submitted.v1",
                "quota.plan.decided.v1",
                "post.plan.decided.v1",
                "recruitment.plan.approved.v1",
                "recruitment.teacher.transferred.v1",
                "recruitment.plan.executed.v1");
        assertThat(timeline.getList("items.actor", String.class)).containsSubsequence(TeacherStory.OFFICE, TeacherStory.HR);
        // the school's timeline: what was decided about it, by whom
        JsonPath school = get(token("auditor", story), "/audit/timeline/" + story.toSchool, Map.of("size", "3"));
        assertThat(school.getLong("total")).isEqualTo(7);
        assertThat(school.getList("items.type", String.class)).containsExactly(
                "quota.school.registered.v1", "post.post.established.v1", "rotation.round.proposed.v1");
    }

    @Test
    void eachDepartmentReadsItsOwnEventsOnly() {
        TeacherStory story = TeacherStory.told();
        assertThat(types(token("staffing-office", story))).allMatch(t -> t.startsWith("quota.")).hasSize(4);
        assertThat(types(token("hr", story))).allMatch(t -> t.startsWith("post.")).hasSize(4);
        assertThat(types(token("education-bureau", story))).allMatch(t -> t.startsWith("recruitment.")).hasSize(6);
        assertThat(types(token("auditor", story))).hasSize(story.events.size());
        // HR's decision on the plan is in HR's log; the plan's other events are not
        assertThat(get(token("hr", story), "/audit/timeline/" + story.plan, Map.of()).getList("items.type", String.class))
                .containsExactly("post.plan.decided.v1");
        given().auth().oauth2(token("hr", story)).get("/audit/events/" + story.first("quota.plan.decided.v1").id())
                .then().statusCode(404).contentType("application/problem+json").body("rule", equalTo("AUDIT_RECORD_EXISTS"));
        // of the teacher's year, HR reads only its own register's record of the teacher's post
        assertThat(get(token("hr", story), "/audit/timeline/" + story.teacher, Map.of()).getList("items.type", String.class))
                .containsExactly("post.post.occupied.v1");
    }

    @Test
    void aSchoolReadsWhatConcernsItselfAndNothingOfAnotherSchool() {
        TeacherStory story = TeacherStory.told();
        String ownSchool = TestTokens.user("xiaozhang").role("school").school(story.toSchool).county(story.county).token();
        JsonPath own = get(ownSchool, "/audit/events", Map.of("size", "100"));
        assertThat(own.getLong("total")).isEqualTo(7);
        assertThat(own.getList("items.type", String.class)).doesNotContain("recruitment.teacher.registered.v1",
                "recruitment.teacher.appointed.v1", "quota.plan.decided.v1");
        // the teacher's timeline as the receiving school sees it: from the moment the teacher concerns it
        assertThat(get(ownSchool, "/audit/timeline/" + story.teacher, Map.of()).getList("items.type", String.class))
                .containsExactly("rotation.round.proposed.v1", "recruitment.plan.submitted.v1",
                        "recruitment.teacher.transferred.v1", "recruitment.plan.executed.v1", "rotation.move.started.v1");

        String otherSchool = TestTokens.user("other").role("school").school("1999999999").county(story.county).token();
        given().auth().oauth2(otherSchool).get("/audit/timeline/" + story.teacher).then().statusCode(404);
        given().auth().oauth2(otherSchool).get("/audit/events").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.user("noclaim").role("school").county(story.county).token()).get("/audit/events")
                .then().statusCode(403).contentType("application/problem+json").body("rule", equalTo("SCHOOL_CLAIM_REQUIRED"));
        given().auth().oauth2(TestTokens.user("t").role("teacher").teacher(story.teacher).county(story.county).token())
                .get("/audit/timeline/" + story.teacher).then().statusCode(403).body("rule", equalTo("ROLE_REQUIRED"));
    }

    @Test
    void anotherCountysAuditorFindsNothingOfThisCounty() {
        TeacherStory story = TeacherStory.told();
        String elsewhere = TestTokens.user("jijian2").role("auditor").county("370602").token();
        given().auth().oauth2(elsewhere).get("/audit/timeline/" + story.teacher).then().statusCode(404);
        given().auth().oauth2(elsewhere).get("/audit/events/" + story.events.get(0).id()).then().statusCode(404);
        given().auth().oauth2(elsewhere).queryParam("subject", story.teacher).get("/audit/events")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(TestTokens.user("nocounty").role("auditor").claim("county_id", null).token()).get("/audit/events")
                .then().statusCode(403).body("rule", equalTo("COUNTY_CLAIM_REQUIRED"));
    }

    @Test
    void searchFiltersCombineAndPagesAreStable() {
        TeacherStory story = TeacherStory.told();
        String auditor = token("auditor", story);
        assertThat(get(auditor, "/audit/events", Map.of("type", "recruitment.teacher.*")).getList("items.type", String.class))
                .containsExactly("recruitment.teacher.registered.v1", "recruitment.teacher.appointed.v1",
                        "recruitment.teacher.transferred.v1");
        assertThat(get(auditor, "/audit/events", Map.of("type", "quota.plan.decided.v1")).getString("items[0].subject"))
                .isEqualTo(story.plan);
        assertThat(get(auditor, "/audit/events", Map.of("subject", story.plan, "actor", TeacherStory.HR))
                .getList("items.type", String.class)).containsExactly("post.plan.decided.v1", "recruitment.plan.approved.v1");
        assertThat(get(auditor, "/audit/events", Map.of("correlationId", story.executionCorrelation)).getList("items.source", String.class))
                .containsExactly("/recruitment-service", "/recruitment-service", "/rotation-service");
        // a period in the county's own days: 7 July Beijing time holds the events of 7 July 01:00 and 02:00 UTC
        assertThat(get(auditor, "/audit/events", Map.of("from", "2026-07-07", "to", "2026-07-07")).getList("items.type", String.class))
                .containsExactly("recruitment.teacher.registered.v1", "recruitment.teacher.appointed.v1");
        assertThat(get(auditor, "/audit/events", Map.of("from", "2026-07-12T01:00:00Z", "to", "2026-07-12T03:00:00Z"))
                .getLong("total")).isEqualTo(2);

        JsonPath second = get(auditor, "/audit/events", Map.of("page", "1", "size", "5"));
        assertThat(second.getLong("total")).isEqualTo(story.events.size());
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(second.getList("items.eventId", String.class))
                .containsExactlyElementsOf(story.events.subList(5, 10).stream().map(CloudEvent::id).toList());
        assertThat(get(auditor, "/audit/events", Map.of("page", "4", "size", "5")).getList("items")).isEmpty();
    }

    @Test
    void badParametersAreRefusedNamingEachFieldAndRule() {
        TeacherStory story = TeacherStory.told();
        String auditor = token("auditor", story);
        given().auth().oauth2(auditor).queryParam("size", "501").get("/audit/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("PAGING_RANGE")).body("field", equalTo("size"))
                .body("reason.en", org.hamcrest.Matchers.containsString("500"));
        given().auth().oauth2(auditor).queryParam("from", "last week").queryParam("type", "DROP TABLE")
                .get("/audit/events").then().statusCode(400)
                .body("violations.rule", org.hamcrest.Matchers.containsInAnyOrder("PERIOD_FORMAT", "TYPE_FILTER_FORMAT"))
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("from", "type"));
        given().auth().oauth2(auditor).queryParam("from", "2026-08-01").queryParam("to", "2026-07-01").get("/audit/stats")
                .then().statusCode(400).body("rule", equalTo("PERIOD_ORDER"));
        given().auth().oauth2(auditor).queryParam("correlationId", "a b").get("/audit/events")
                .then().statusCode(400).body("rule", equalTo("CORRELATION_ID_FORMAT"));
        given().auth().oauth2(auditor).queryParam("size", "0").get("/audit/timeline/" + story.teacher)
                .then().statusCode(400).body("rule", equalTo("PAGING_RANGE")).body("field", equalTo("size"));
    }

    @Test
    void statsCountTheEventsOfEachTypeInTheCallersScope() {
        TeacherStory story = TeacherStory.told();
        Map<String, Long> expected = story.events.stream().collect(Collectors.groupingBy(CloudEvent::type, Collectors.counting()));
        JsonPath stats = get(token("auditor", story), "/audit/stats", Map.of());
        assertThat(stats.getString("countyId")).isEqualTo(story.county);
        assertThat(stats.getLong("total")).isEqualTo(story.events.size());
        Map<String, Long> counted = stats.getList("types", Map.class).stream()
                .collect(Collectors.toMap(m -> (String) m.get("type"), m -> ((Number) m.get("count")).longValue()));
        assertThat(counted).isEqualTo(expected);

        JsonPath hr = get(token("hr", story), "/audit/stats", Map.of("from", "2026-07-06", "to", "2026-07-06"));
        assertThat(hr.getList("types.type", String.class)).containsExactly("post.post.established.v1");
        assertThat(hr.getLong("total")).isEqualTo(2);
    }

    private static List<String> types(String token) {
        return get(token, "/audit/events", Map.of("size", "500")).getList("items.type", String.class);
    }

    @Test
    void aNulInAnEventIdIsRefusedNotPassedToTheDatabase() {
        // it used to reach PostgreSQL, which refuses NUL in text, and the answer was 500
        String auditor = TestTokens.user("u-auditor").role("auditor").county("370683").token();
        given().auth().oauth2(auditor).urlEncodingEnabled(false).get("/audit/events/%00")
                .then().statusCode(400).contentType("application/problem+json").body("rule", equalTo("CONTROL_CHARACTER"));
    }

    @Test
    void garbagePagingIsRefusedWithThePlatformsRuleNames() {
        // the same rule names as every other service's paging: PAGING_RANGE for a number out of range,
        // FIELD_TYPE for a value that is no whole number at all
        String auditor = TestTokens.user("u-auditor").role("auditor").county("370683").token();
        for (String path : List.of("/audit/events", "/audit/timeline/t-1")) {
            for (Map.Entry<String, String> bad : List.of(Map.entry("page", "-1"), Map.entry("size", "0"),
                    Map.entry("size", "501"))) {
                given().auth().oauth2(auditor).queryParam(bad.getKey(), bad.getValue()).get(path)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("rule", equalTo("PAGING_RANGE")).body("field", equalTo(bad.getKey()));
            }
            for (Map.Entry<String, String> bad : List.of(Map.entry("page", "two"), Map.entry("page", "1.5"),
                    Map.entry("size", "2147483648"), Map.entry("size", "1e3"))) {
                given().auth().oauth2(auditor).queryParam(bad.getKey(), bad.getValue()).get(path)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("rule", equalTo("FIELD_TYPE")).body("field", equalTo(bad.getKey()));
            }
        }
    }
}
