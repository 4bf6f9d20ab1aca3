package org.county.staffing.quota.regulation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.as;
import static org.county.staffing.quota.support.Quota.events;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.contracts.quota.RegulationIssued;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The staffing office issues each school's function-and-staffing regulation (机构职能编制规定):
 * versioned, its leadership posts counted within the school's quota, a full-time deputy secretary
 * where the party organisation is a committee or a general branch; the others read it in their scope.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class RegulationResourceTest {

    private static final List<String> FUNCTIONS = List.of("实施初中义务教育", "开展教育教学研究");

    private static Map<String, Object> regulation(String effectiveFrom, String party, Map<String, Integer> posts) {
        return Map.of("effectiveFrom", effectiveFrom, "partyOrganisation", party, "functions", FUNCTIONS,
                "leadershipPosts", posts.entrySet().stream().map(e -> Map.of("role", e.getKey(), "count", e.getValue())).toList());
    }

    private static List<Map<String, Object>> versions(String county, String school) {
        return office(county).get("/schools/" + school + "/regulation/versions").then().statusCode(200).extract().jsonPath().getList("");
    }

    @Test
    void aGeneralBranchSchoolGetsItsRegulationWithAFullTimeDeputySecretaryWithinItsQuota() {
        String county = newCounty();
        String school = register(county, "SCHOOL", List.of("JUNIOR"), "TOWN", "沙河学区");
        allocate(county, school, 40);
        String path = "/schools/" + school + "/regulation";

        office(county).body(regulation("2026-09-01", "GENERAL_BRANCH", Map.of("PRINCIPAL", 1, "DEPUTY_PRINCIPAL", 2, "PARTY_SECRETARY", 1)))
                .put(path).then().statusCode(422)
                .body("rule", equalTo("FULL_TIME_DEPUTY_SECRETARY_REQUIRED")).body("field", equalTo("leadershipPosts"));
        assertThat(versions(county, school)).as("a refused regulation writes nothing").isEmpty();

        JsonPath issued = office(county).body(regulation("2026-09-01", "GENERAL_BRANCH",
                        Map.of("PRINCIPAL", 1, "DEPUTY_PRINCIPAL", 2, "PARTY_SECRETARY", 1, "FULL_TIME_DEPUTY_SECRETARY", 1)))
                .put(path).then().statusCode(201).extract().jsonPath();
        assertThat(issued.getInt("version")).isEqualTo(1);
        assertThat(issued.getInt("leadershipTotal")).isEqualTo(5);
        assertThat(issued.getInt("schoolQuota")).isEqualTo(40);
        assertThat(issued.getList("functions")).isEqualTo(FUNCTIONS);
        assertThat(issued.getList("leadershipPosts", Map.class)).extracting(p -> p.get("role") + "=" + p.get("count"))
                .containsExactly("PRINCIPAL=1", "DEPUTY_PRINCIPAL=2", "PARTY_SECRETARY=1", "FULL_TIME_DEPUTY_SECRETARY=1");

        CloudEvent event = events(school, RegulationIssued.TYPE.name(), 1).get(0);
        RegulationIssued payload = event.data(RegulationIssued.TYPE);
        assertThat(payload.version()).isEqualTo(1);
        assertThat(payload.partyOrganisation()).isEqualTo("GENERAL_BRANCH");
        assertThat(payload.leadershipTotal()).isEqualTo(5);
        assertThat(payload.leadershipPosts()).contains(new RegulationIssued.LeadershipPost("FULL_TIME_DEPUTY_SECRETARY", 1));
        assertThat(payload.countyId()).isEqualTo(county);

        office(county).body(regulation("2026-09-01", "GENERAL_BRANCH",
                        Map.of("PRINCIPAL", 1, "DEPUTY_PRINCIPAL", 2, "PARTY_SECRETARY", 1, "FULL_TIME_DEPUTY_SECRETARY", 1)))
                .put(path).then().statusCode(200).body("version", equalTo(1));

        office(county).body(regulation("2026-08-01", "PARTY_COMMITTEE",
                        Map.of("PRINCIPAL", 1, "DEPUTY_PRINCIPAL", 3, "PARTY_SECRETARY", 1, "FULL_TIME_DEPUTY_SECRETARY", 1)))
                .put(path).then().statusCode(409).body("rule", equalTo("REGULATION_EFFECTIVE_ORDER")).body("field", equalTo("effectiveFrom"));
        office(county).body(regulation("2027-09-01", "PARTY_COMMITTEE",
                        Map.of("PRINCIPAL", 1, "DEPUTY_PRINCIPAL", 3, "PARTY_SECRETARY", 1, "FULL_TIME_DEPUTY_SECRETARY", 1)))
                .put(path).then().statusCode(201).body("version", equalTo(2)).body("leadershipTotal", equalTo(6));

        // the version in force on a day, and every version
        office(county).queryParam("on", "2027-03-01").get(path).then().statusCode(200).body("version", equalTo(1))
                .body("partyOrganisation", equalTo("GENERAL_BRANCH"));
        office(county).queryParam("on", "2027-09-01").get(path).then().statusCode(200).body("version", equalTo(2));
        office(county).queryParam("on", "2026-08-31").get(path).then().statusCode(404).body("rule", equalTo("REGULATION_EXISTS"));
        assertThat(versions(county, school)).extracting(v -> v.get("version")).containsExactly(1, 2);
        // the county's list shows the version in force today (the clock is pinned before 2027-09-01), the next one as pending
        assertThat(as(county, "hr").get("/regulations").then().statusCode(200).extract().jsonPath()
                .getList("", Map.class)).extracting(v -> v.get("schoolId") + "/" + v.get("version") + "/" + v.get("status") + "/"
                        + v.get("pendingVersion")).containsExactly(school + "/1/IN_FORCE/2");
        assertThat(as(county, "auditor").queryParam("partyOrganisation", "PARTY_BRANCH").get("/regulations").then().statusCode(200)
                .extract().jsonPath().getList("")).isEmpty();

        // the school reads its own; another county does not see the school
        given().auth().oauth2(TestTokens.user("principal-" + school).role("school").county(county).school(school).token())
                .queryParam("on", "2027-09-01").get(path).then().statusCode(200).body("version", equalTo(2));
        String other = newCounty();
        office(other).get(path + "/versions").then().statusCode(404);
        assertThat(office(other).get("/regulations").then().statusCode(200).extract().jsonPath().getList("")).isEmpty();
        office(other).body(regulation("2028-09-01", "PARTY_BRANCH", Map.of("PRINCIPAL", 1))).put(path).then().statusCode(404);
    }

    @Test
    void leadershipPostsBeyondTheQuotaAndMalformedCountsAreRefusedAtTheirField() {
        String county = newCounty();
        String school = register(county, "SCHOOL", List.of("PRIMARY"), "RURAL", "朱桥学区");
        allocate(county, school, 2);
        String path = "/schools/" + school + "/regulation";

        office(county).body(regulation("2026-09-01", "PARTY_BRANCH", Map.of("PRINCIPAL", 1, "DEPUTY_PRINCIPAL", 1, "PARTY_SECRETARY", 1)))
                .put(path).then().statusCode(409).body("rule", equalTo("LEADERSHIP_WITHIN_QUOTA")).body("field", equalTo("leadershipPosts"));
        office(county).body(regulation("2026-09-01", "PARTY_BRANCH", Map.of("PRINCIPAL", 1, "FULL_TIME_DEPUTY_SECRETARY", 1)))
                .put(path).then().statusCode(422).body("rule", equalTo("FULL_TIME_DEPUTY_SECRETARY_REQUIRED"));
        office(county).body(regulation("2026-09-01", "PARTY_BRANCH", Map.of("DEPUTY_PRINCIPAL", 1)))
                .put(path).then().statusCode(422).body("rule", equalTo("ONE_PRINCIPAL"));
        office(county).contentType(ContentType.JSON).body(Map.of("effectiveFrom", "2026-09-01", "partyOrganisation", "PARTY_BRANCH",
                        "functions", FUNCTIONS, "leadershipPosts", List.of(Map.of("role", "PRINCIPAL", "count", 1), Map.of("role", "PRINCIPAL", "count", 1))))
                .put(path).then().statusCode(400).body("rule", equalTo("LEADERSHIP_ROLE_ONCE"));
        office(county).body(regulation("2026-09-01", "PARTY_BRANCH", Map.of("PRINCIPAL", 11)))
                .put(path).then().statusCode(400).body("rule", equalTo("LEADERSHIP_COUNT_RANGE"));
        office(county).body(Map.of("effectiveFrom", "2026-09-01", "partyOrganisation", "党支部", "functions", FUNCTIONS,
                        "leadershipPosts", List.of(Map.of("role", "PRINCIPAL", "count", 1))))
                .put(path).then().statusCode(400).body("rule", equalTo("FIELD_TYPE"));
        office(county).body(Map.of("effectiveFrom", "2026-09-01", "partyOrganisation", "PARTY_BRANCH", "functions", List.of(),
                        "leadershipPosts", List.of(Map.of("role", "PRINCIPAL", "count", 1))))
                .put(path).then().statusCode(400).body("rule", equalTo("FUNCTIONS_REQUIRED"));
        assertThat(versions(county, school)).isEmpty();

        office(county).body(regulation("2026-09-01", "PARTY_BRANCH", Map.of("PRINCIPAL", 1, "PARTY_SECRETARY", 1)))
                .put(path).then().statusCode(201).body("leadershipTotal", equalTo(2));
    }
}
