package org.county.staffing.quota.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.county.staffing.quota.support.Quota.send;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.post.PostAbolished;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.quota.support.CountyState;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An inspection compares the leadership posts HR established at a school with the school's
 * function-and-staffing regulation in force: a role short of its approved posts and a role beyond
 * them are findings for HR to rectify. A version issued for a later date counts from that date.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class LeadershipInspectionTest {

    private static final LocalDate NEXT_VERSION_FROM = LocalDate.of(2030, 9, 1);

    @Inject
    DataSource dataSource;

    @Inject
    PlatformClock clock;

    /** A leadership post (MANAGEMENT, with its role) as post-service announces it. */
    private static UUID leadershipPost(String county, String school, String role) {
        UUID post = UUID.randomUUID();
        send(PostEstablished.TYPE, post.toString(), county,
                new PostEstablished(post, school, county, "MANAGEMENT", null, "SECOND", "VACANT", null, null, role));
        return post;
    }

    private void awaitPosts(String school, int n) {
        await().atMost(Duration.ofSeconds(60)).until(() -> CountyState.query(dataSource,
                "select count(*) from known_post where school_id = ? and leadership_role is not null", school) == n);
    }

    @Test
    void aSchoolShortOfOrBeyondItsRegulationsLeadershipPostsIsFoundAndHrRectifiesIt() {
        String county = newCounty();
        String regulated = register(county, "SCHOOL", List.of("JUNIOR"), "TOWN", "沙河学区");
        String unregulated = register(county, "SCHOOL", List.of("PRIMARY"), "TOWN", "沙河学区");
        allocate(county, regulated, 30);
        allocate(county, unregulated, 30);
        office(county).body(Map.of("effectiveFrom", "2020-09-01", "partyOrganisation", "GENERAL_BRANCH", "functions", List.of("实施初中义务教育"),
                        "leadershipPosts", List.of(Map.of("role", "PRINCIPAL", "count", 1), Map.of("role", "DEPUTY_PRINCIPAL", "count", 2),
                                Map.of("role", "PARTY_SECRETARY", "count", 1), Map.of("role", "FULL_TIME_DEPUTY_SECRETARY", "count", 1))))
                .put("/schools/" + regulated + "/regulation").then().statusCode(201);
        leadershipPost(county, regulated, "PRINCIPAL");
        leadershipPost(county, regulated, "PARTY_SECRETARY");
        UUID d1 = leadershipPost(county, regulated, "DEPUTY_PRINCIPAL");
        UUID d2 = leadershipPost(county, regulated, "DEPUTY_PRINCIPAL");
        UUID d3 = leadershipPost(county, regulated, "DEPUTY_PRINCIPAL");
        leadershipPost(county, unregulated, "PRINCIPAL");
        leadershipPost(county, unregulated, "DEPUTY_PRINCIPAL");
        awaitPosts(regulated, 5);
        awaitPosts(unregulated, 2);

        List<Map<String, Object>> findings = office(county).body(Map.of("schoolIds", List.of(regulated, unregulated), "departments", List.of("HR")))
                .post("/inspections").then().statusCode(201).extract().jsonPath().getList("findings");
        List<Map<String, Object>> leadership = findings.stream().filter(f -> "LEADERSHIP_POSTS".equals(f.get("kind"))).toList();
        assertThat(leadership).extracting(f -> f.get("schoolId") + "/" + f.get("rule") + "/" + f.get("responsibleDepartment"))
                .containsExactlyInAnyOrder(regulated + "/LEADERSHIP_POSTS_WITHIN_REGULATION/HR", regulated + "/LEADERSHIP_POSTS_ESTABLISHED/HR");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> beyond = (List<Map<String, String>>) leadership.stream()
                .filter(f -> "LEADERSHIP_POSTS_WITHIN_REGULATION".equals(f.get("rule"))).findFirst().orElseThrow().get("evidence");
        assertThat(beyond).extracting(e -> e.get("type") + ":" + e.get("id"))
                .contains("leadershipRole:DEPUTY_PRINCIPAL", "post:" + d1, "post:" + d2, "post:" + d3);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> lacking = (List<Map<String, String>>) leadership.stream()
                .filter(f -> "LEADERSHIP_POSTS_ESTABLISHED".equals(f.get("rule"))).findFirst().orElseThrow().get("evidence");
        assertThat(lacking).extracting(e -> e.get("type") + ":" + e.get("id")).contains("leadershipRole:FULL_TIME_DEPUTY_SECRETARY");

        // HR abolishes the third deputy and establishes the full-time deputy secretary: a new inspection finds nothing
        send(PostAbolished.TYPE, d3.toString(), county, new PostAbolished(d3, regulated, county, "MANAGEMENT", null, "SECOND", "领导职数调整", null));
        leadershipPost(county, regulated, "FULL_TIME_DEPUTY_SECRETARY");
        await().atMost(Duration.ofSeconds(60)).until(() -> CountyState.query(dataSource,
                "select count(*) from known_post where school_id = ? and leadership_role is not null and status <> 'ABOLISHED'", regulated) == 5);
        List<Map<String, Object>> again = office(county).body(Map.of("schoolIds", List.of(regulated))).post("/inspections")
                .then().statusCode(201).extract().jsonPath().getList("findings");
        assertThat(again).noneMatch(f -> "LEADERSHIP_POSTS".equals(f.get("kind")));

        // a version issued for a later date applies from that date: until then the inspection reads the one in force
        office(county).body(Map.of("effectiveFrom", NEXT_VERSION_FROM.toString(), "partyOrganisation", "GENERAL_BRANCH",
                        "functions", List.of("实施初中义务教育"), "leadershipPosts", List.of(Map.of("role", "PRINCIPAL", "count", 1),
                                Map.of("role", "DEPUTY_PRINCIPAL", "count", 3), Map.of("role", "PARTY_SECRETARY", "count", 1),
                                Map.of("role", "FULL_TIME_DEPUTY_SECRETARY", "count", 1))))
                .put("/schools/" + regulated + "/regulation").then().statusCode(201).body("status", equalTo("PENDING"));
        assertThat(office(county).body(Map.of("schoolIds", List.of(regulated))).post("/inspections").then().statusCode(201)
                .extract().jsonPath().getList("findings", Map.class)).noneMatch(f -> "LEADERSHIP_POSTS".equals(f.get("kind")));
        Instant pinned = clock.now();
        clock.useFixed(NEXT_VERSION_FROM);
        try {
            assertThat(office(county).body(Map.of("schoolIds", List.of(regulated))).post("/inspections").then().statusCode(201)
                    .extract().jsonPath().getList("findings", Map.class))
                    .filteredOn(f -> "LEADERSHIP_POSTS".equals(f.get("kind"))).extracting(f -> f.get("rule"))
                    .containsExactly("LEADERSHIP_POSTS_ESTABLISHED");
        } finally {
            clock.useFixed(pinned);
        }
    }
}
