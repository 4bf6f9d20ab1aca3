package org.county.staffing.post.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.post.Fixtures.hr;
import static org.county.staffing.post.post.PostResourceTest.body;
import static org.county.staffing.post.post.PostResourceTest.create;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.quota.RegulationIssued;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** HR sets up a school's leadership posts within what its function-and-staffing regulation approves. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class LeadershipPostsFlowTest {

    @Inject
    PlatformClock clock;

    private static void issue(String schoolId, int version, List<RegulationIssued.LeadershipPost> posts) {
        issue(schoolId, version, LocalDate.of(2026, 9, 1), posts);
    }

    private static void issue(String schoolId, int version, LocalDate effectiveFrom, List<RegulationIssued.LeadershipPost> posts) {
        Fixtures.publishQuota(RegulationIssued.TYPE, schoolId, new RegulationIssued(UUID.randomUUID(), schoolId,
                Fixtures.COUNTY, version, effectiveFrom, "GENERAL_BRANCH", List.of("实施初中义务教育"), posts,
                posts.stream().mapToInt(RegulationIssued.LeadershipPost::count).sum(), "bianban"));
    }

    private static JsonNode awaitRegulation(String schoolId, int version) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Fixtures.summary(schoolId).path("leadership").path("regulationVersion").asInt() == version);
        return Fixtures.summary(schoolId).path("leadership");
    }

    private static final List<RegulationIssued.LeadershipPost> FIRST = List.of(
            new RegulationIssued.LeadershipPost("PRINCIPAL", 1), new RegulationIssued.LeadershipPost("DEPUTY_PRINCIPAL", 2),
            new RegulationIssued.LeadershipPost("PARTY_SECRETARY", 1),
            new RegulationIssued.LeadershipPost("FULL_TIME_DEPUTY_SECRETARY", 1));

    @Test
    void leadershipPostsAreSetUpWithinTheRegulationAndTheSummaryShowsWhatIsMissing() {
        String school = Fixtures.schoolWithQuota(60);
        create(school, body("category", "MANAGEMENT", "leadershipRole", "PRINCIPAL", "count", 1))
                .statusCode(409)
                .body("violations[0].rule", equalTo("LEADERSHIP_POSTS_WITHIN_REGULATION"))
                .body("violations[0].field", equalTo("leadershipRole"));

        issue(school, 1, FIRST);
        JsonNode leadership = awaitRegulation(school, 1);
        assertThat(leadership.path("partyOrganisation").asText()).isEqualTo("GENERAL_BRANCH");
        assertThat(leadership.path("approved").asInt()).isEqualTo(5);
        assertThat(leadership.path("missing").asInt()).isEqualTo(5);

        String principal = create(school, body("category", "MANAGEMENT", "leadershipRole", "PRINCIPAL", "count", 1))
                .statusCode(201)
                .body("[0].leadershipRole", equalTo("PRINCIPAL"))
                .extract().jsonPath().getString("[0].postId");
        create(school, body("category", "MANAGEMENT", "leadershipRole", "DEPUTY_PRINCIPAL", "count", 2)).statusCode(201);

        create(school, body("category", "MANAGEMENT", "leadershipRole", "PRINCIPAL", "count", 1))
                .statusCode(409)
                .body("violations[0].rule", equalTo("LEADERSHIP_POSTS_WITHIN_REGULATION"))
                .body("violations[0].field", equalTo("leadershipRole"));
        create(school, body("category", "MANAGEMENT", "leadershipRole", "UNION_CHAIR", "count", 1))
                .statusCode(409)
                .body("violations[0].rule", equalTo("LEADERSHIP_POSTS_WITHIN_REGULATION"));
        create(school, body("category", "TEACHING", "subject", "CHINESE", "leadershipRole", "PRINCIPAL", "count", 1))
                .statusCode(422)
                .body("violations[0].rule", equalTo("LEADERSHIP_ROLE_ON_MANAGEMENT_POSTS"))
                .body("violations[0].field", equalTo("leadershipRole"));

        List<CloudEvent> established = Fixtures.postEvents(Fixtures.ofType("post.post.established.v1", "schoolId", school), 3);
        assertThat(established).filteredOn(e -> e.subject().equals(principal)).singleElement()
                .satisfies(e -> assertThat(e.data().path("leadershipRole").asText()).isEqualTo("PRINCIPAL"));
        assertThat(established).filteredOn(e -> e.data().path("leadershipRole").asText().equals("DEPUTY_PRINCIPAL")).hasSize(2);

        leadership = Fixtures.summary(school).path("leadership");
        assertThat(leadership.path("established").asInt()).isEqualTo(3);
        assertThat(leadership.path("missing").asInt()).isEqualTo(2);
        assertThat(leadership.path("excess").asInt()).isZero();
        assertThat(leadership.path("roles").get(2).path("role").asText()).isEqualTo("PARTY_SECRETARY");
        assertThat(leadership.path("roles").get(2).path("missing").asInt()).isEqualTo(1);

        // an abolished leadership post no longer counts: the role can be set up again
        given().auth().oauth2(hr()).delete("/posts/" + principal).then().statusCode(200);
        create(school, body("category", "MANAGEMENT", "leadershipRole", "PRINCIPAL", "count", 1)).statusCode(201);
    }

    @Test
    void aLaterVersionReplacesTheRegulationAndAnEarlierOneArrivingLateChangesNothing() {
        String school = Fixtures.schoolWithQuota(40);
        issue(school, 1, FIRST);
        awaitRegulation(school, 1);
        create(school, body("category", "MANAGEMENT", "leadershipRole", "DEPUTY_PRINCIPAL", "count", 2)).statusCode(201);

        issue(school, 2, List.of(new RegulationIssued.LeadershipPost("PRINCIPAL", 1),
                new RegulationIssued.LeadershipPost("DEPUTY_PRINCIPAL", 1)));
        JsonNode leadership = awaitRegulation(school, 2);
        assertThat(leadership.path("approved").asInt()).isEqualTo(2);
        assertThat(leadership.path("excess").asInt()).isEqualTo(1);
        assertThat(leadership.path("missing").asInt()).isEqualTo(1);

        issue(school, 1, FIRST);
        issue(school, 3, List.of(new RegulationIssued.LeadershipPost("PRINCIPAL", 1),
                new RegulationIssued.LeadershipPost("DEPUTY_PRINCIPAL", 3)));
        leadership = awaitRegulation(school, 3);
        assertThat(leadership.path("approved").asInt()).isEqualTo(4);
        assertThat(leadership.path("excess").asInt()).isZero();
        // the late version 1 arrived between 2 and 3 on the same partition and was ignored
        assertThat(Fixtures.summary(school).path("leadership").path("regulationVersion").asInt()).isEqualTo(3);

        JsonNode summaries = Fixtures.read(given().auth().oauth2(hr()).get("/post-summaries")
                .then().statusCode(200).extract().asString());
        JsonNode mine = null;
        for (JsonNode summary : summaries) {
            if (summary.path("schoolId").asText().equals(school)) {
                mine = summary;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("leadership").path("regulationVersion").asInt()).isEqualTo(3);
    }

    @Test
    void aVersionAppliesFromItsEffectiveDateByThePlatformClockAndWaitsAsPendingUntilThen() {
        String school = Fixtures.schoolWithQuota(40);
        LocalDate today = clock.today();
        issue(school, 1, today.minusDays(30), FIRST);
        awaitRegulation(school, 1);
        // version 2 approves three deputies, but only from next month: version 1's two still hold today
        issue(school, 2, today.plusDays(30), List.of(new RegulationIssued.LeadershipPost("PRINCIPAL", 1),
                new RegulationIssued.LeadershipPost("DEPUTY_PRINCIPAL", 3)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Fixtures.summary(school).path("leadership").path("pendingVersion").asInt() == 2);
        JsonNode leadership = Fixtures.summary(school).path("leadership");
        assertThat(leadership.path("regulationVersion").asInt()).isEqualTo(1);
        assertThat(leadership.path("pendingFrom").asText()).isEqualTo(today.plusDays(30).toString());
        assertThat(leadership.path("approved").asInt()).isEqualTo(5);
        create(school, body("category", "MANAGEMENT", "leadershipRole", "DEPUTY_PRINCIPAL", "count", 3))
                .statusCode(409).body("violations[0].rule", equalTo("LEADERSHIP_POSTS_WITHIN_REGULATION"));
        create(school, body("category", "MANAGEMENT", "leadershipRole", "DEPUTY_PRINCIPAL", "count", 2)).statusCode(201);

        // a version already in force (issued later, effective since yesterday) replaces version 1 at once
        issue(school, 3, today.minusDays(1), List.of(new RegulationIssued.LeadershipPost("PRINCIPAL", 1),
                new RegulationIssued.LeadershipPost("DEPUTY_PRINCIPAL", 1)));
        leadership = awaitRegulation(school, 3);
        assertThat(leadership.path("excess").asInt()).isEqualTo(1);
        // version 2, lower than the one in force, no longer waits
        assertThat(leadership.path("pendingVersion").isNull()).isTrue();
    }

    @Test
    void aSmallSchoolSetsUpEveryLeadershipPostItsRegulationApprovesBeyondTheManagementShare() {
        // a quota of 20 allows 2 management posts by the structure shares; the staffing office approved 5 leaders
        String school = Fixtures.schoolWithQuota(20);
        issue(school, 1, FIRST);
        awaitRegulation(school, 1);
        create(school, body("category", "MANAGEMENT", "leadershipRole", "PRINCIPAL", "count", 1)).statusCode(201);
        create(school, body("category", "MANAGEMENT", "leadershipRole", "DEPUTY_PRINCIPAL", "count", 2)).statusCode(201);
        create(school, body("category", "MANAGEMENT", "leadershipRole", "PARTY_SECRETARY", "count", 1)).statusCode(201);
        create(school, body("category", "MANAGEMENT", "leadershipRole", "FULL_TIME_DEPUTY_SECRETARY", "count", 1))
                .statusCode(201);
        JsonNode summary = Fixtures.summary(school);
        assertThat(summary.path("structure").path("managementCap").asInt()).isEqualTo(5);
        assertThat(summary.path("leadership").path("missing").asInt()).isZero();
        // beyond the regulation's leaders the structure share still holds
        create(school, body("category", "MANAGEMENT", "count", 1))
                .statusCode(409)
                .body("violations[0].rule", equalTo("MANAGEMENT_POSTS_CAP"));
    }
}
