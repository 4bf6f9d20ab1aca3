package org.county.staffing.quota.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.allocated;
import static org.county.staffing.quota.support.Quota.enroll;
import static org.county.staffing.quota.support.Quota.events;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.quota.support.CountyState;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class VerificationResourceTest {

    @Inject
    DataSource dataSource;

    /** A nine-year urban school (73 required), an urban senior high (80) and a small rural primary (floor 10). */
    record County(String id, String nineYear, String senior, String village) {
    }

    static County county(String year) {
        String county = newCounty();
        String nineYear = register(county, "SCHOOL", List.of("PRIMARY", "JUNIOR"), "URBAN", "城区学区");
        String senior = register(county, "SCHOOL", List.of("SENIOR"), "URBAN", "城区学区");
        String village = register(county, "SCHOOL", List.of("PRIMARY"), "RURAL", "沙河学区");
        enroll(county, nineYear, year, Map.of("PRIMARY", 812, "JUNIOR", 402));
        enroll(county, senior, year, Map.of("SENIOR", 1000));
        enroll(county, village, year, Map.of("PRIMARY", 60, "classes", Map.of("PRIMARY", 6)));
        return new County(county, nineYear, senior, village);
    }

    static JsonPath propose(String county, Map<String, Object> body) {
        return office(county).body(body).post("/verifications").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aTriennialProposalComputesEverySchoolAndItsApprovalSetsTheLedger() {
        County c = county("2026-2027");
        allocate(c.id(), c.senior(), 90);
        long entriesBefore = CountyState.of(dataSource, c.id()).get("entries");

        JsonPath proposal = propose(c.id(), Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL"));
        String id = proposal.getString("id");
        assertThat(proposal.getString("status")).isEqualTo("PROPOSED");
        assertThat(proposal.getString("rounding")).isEqualTo("HALF_UP_OF_SCHOOL_SUM");
        assertThat(proposal.getString("standardsOn")).isEqualTo("2026-09-01");
        assertThat(proposal.getInt("requiredTotal")).isEqualTo(73 + 80 + 10);
        assertThat(proposal.getInt("poolShortfall")).isZero();
        Map<String, Object> nineYear = line(proposal, c.nineYear());
        assertThat(nineYear).containsEntry("required", 73).containsEntry("current", 0).containsEntry("proposed", 73)
                .containsEntry("delta", 73).containsEntry("rule", "STUDENT_STAFF_RATIO").containsEntry("selection", "TRIENNIAL")
                .containsEntry("totalStudents", 1214);
        assertThat(line(proposal, c.senior())).containsEntry("required", 80).containsEntry("current", 90).containsEntry("delta", -10);
        assertThat(line(proposal, c.village())).containsEntry("required", 10).containsEntry("floorMinimum", 10)
                .containsEntry("rule", "STUDENT_STAFF_RATIO+SMALL_SCHOOL_FLOOR");
        assertThat(CountyState.of(dataSource, c.id()).get("entries")).as("a proposal writes no entry").isEqualTo(entriesBefore);

        office(c.id()).post("/verifications/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("staffing-office:staffingoffice-user"));
        assertThat(allocated(c.id(), c.nineYear())).isEqualTo(73);
        assertThat(allocated(c.id(), c.senior())).isEqualTo(80);
        assertThat(allocated(c.id(), c.village())).isEqualTo(10);
        office(c.id()).get("/ledger?kind=VERIFICATION&reference=" + id).then().statusCode(200)
                .body("size()", equalTo(3)).body("[0].delta", equalTo(-10));

        CloudEvent approved = events(id, "quota.verification.approved.v1", 1).get(0);
        assertThat(approved.data().path("kind").asText()).isEqualTo("TRIENNIAL");
        assertThat(approved.data().path("pool").asText()).isEqualTo("K12");
        assertThat(approved.data().path("schools")).hasSize(3);
        assertThat(approved.data().path("schools").findValuesAsText("schoolId")).contains(c.senior());
        assertThat(events(c.senior(), 1, e -> id.equals(e.data().path("reference").asText()))).singleElement()
                .satisfies(e -> assertThat(e.data().path("balance").asInt()).isEqualTo(80));

        office(c.id()).post("/verifications/" + id + "/approval").then().statusCode(409).body("rule", equalTo("VERIFICATION_DECIDED"));
        office(c.id()).body(Map.of("schoolYear", "2027-2028", "kind", "TRIENNIAL")).post("/verifications").then().statusCode(409)
                .body("rule", equalTo("TRIENNIAL_ONCE_PER_CYCLE")).body("field", equalTo("schoolYear"));
    }

    @Test
    void anAnnualAdjustmentTakesOnlySchoolsWhoseEnrollmentChangedOrTheNamedOnesUnderTheStandardThenInForce() {
        County c = county("2026-2027");
        String first = propose(c.id(), Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL")).getString("id");
        office(c.id()).post("/verifications/" + first + "/approval").then().statusCode(200);

        // 2027-2028: the nine-year school grows by a fifth, the senior high by 2%; primary standard becomes 1:18
        enroll(c.id(), c.nineYear(), "2027-2028", Map.of("PRIMARY", 1000, "JUNIOR", 460));
        enroll(c.id(), c.senior(), "2027-2028", Map.of("SENIOR", 1020));
        enroll(c.id(), c.village(), "2027-2028", Map.of("PRIMARY", 60, "classes", Map.of("PRIMARY", 6)));
        office(c.id()).body(Map.of("studentsPerStaff", 18, "effectiveFrom", "2027-09-01", "reason", "provincial revision"))
                .put("/standards/PRIMARY").then().statusCode(201);

        JsonPath annual = propose(c.id(), Map.of("schoolYear", "2027-2028", "kind", "ANNUAL"));
        assertThat(annual.getList("schools.schoolId")).containsExactly(c.nineYear());
        // 1000/18 = 55.556 + 460/13.5 = 34.074 -> 89.63 -> 90
        assertThat(line(annual, c.nineYear())).containsEntry("selection", "ENROLLMENT_CHANGED").containsEntry("basisStudents", 1214)
                .containsEntry("required", 90).containsEntry("current", 73).containsEntry("delta", 17);
        assertThat(annual.getDouble("standards.PRIMARY")).isEqualTo(18.0);
        assertThat(annual.getDouble("standards.JUNIOR")).isEqualTo(13.5);

        JsonPath named = propose(c.id(), Map.of("schoolYear", "2027-2028", "kind", "ANNUAL", "schoolIds", List.of(c.senior())));
        assertThat(named.getList("schools.selection")).containsExactly("NAMED");
        assertThat(line(named, c.senior())).containsEntry("required", 82);

        office(c.id()).post("/verifications/" + annual.getString("id") + "/approval").then().statusCode(200);
        assertThat(allocated(c.id(), c.nineYear())).isEqualTo(90);
        assertThat(allocated(c.id(), c.senior())).as("schools outside an annual adjustment keep their quota").isEqualTo(80);
        office(c.id()).get("/verifications/" + named.getString("id")).then().body("status", equalTo("SUPERSEDED"));
        office(c.id()).get("/verifications?status=APPROVED").then().body("size()", equalTo(2));
    }

    @Test
    void whenThePoolCannotCoverTheRequirementTheProposalSaysSoAndSharesItByPriority() {
        County c = county("2026-2027");
        office(c.id()).body(Map.of("delta", -(5592 - 100), "reason", "test: a pool of 100")).post("/pools/K12/adjustments")
                .then().statusCode(201);
        JsonPath proposal = propose(c.id(), Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL"));
        assertThat(proposal.getInt("requiredTotal")).isEqualTo(163);
        assertThat(proposal.getInt("capacity")).isEqualTo(100);
        assertThat(proposal.getInt("proposedTotal")).isEqualTo(100);
        assertThat(proposal.getInt("poolShortfall")).isEqualTo(63);
        assertThat(proposal.getString("priorityRule")).isEqualTo("POOL_SHORTFALL_PRIORITY");
        // the village keeps its floor of 10; 90 shared 73:80 -> 42.97 / 47.03 -> 43 / 47
        assertThat(line(proposal, c.village())).containsEntry("proposed", 10);
        assertThat(line(proposal, c.nineYear())).containsEntry("proposed", 43)
                .containsEntry("rule", "STUDENT_STAFF_RATIO+POOL_SHORTFALL_PRIORITY");
        assertThat(line(proposal, c.senior())).containsEntry("proposed", 47);

        office(c.id()).post("/verifications/" + proposal.getString("id") + "/approval").then().statusCode(200);
        office(c.id()).get("/pools").then().body("find { it.pool == 'K12' }.allocated", equalTo(100))
                .body("find { it.pool == 'K12' }.free", equalTo(0));
        assertThat(events(proposal.getString("id"), "quota.verification.approved.v1", 1).get(0).data().path("poolShortfall").asInt())
                .isEqualTo(63);
    }

    @Test
    void aProposalTheLedgerMovedPastIsStaleAndApprovesNothing() {
        County c = county("2026-2027");
        String other = register(c.id(), "SCHOOL", List.of("PRIMARY"), "TOWN", "城区学区");
        JsonPath proposal = propose(c.id(), Map.of("schoolYear", "2026-2027", "kind", "ANNUAL", "schoolIds", List.of(c.senior())));
        allocate(c.id(), other, 5592 - 50);
        long entries = CountyState.of(dataSource, c.id()).get("entries");
        office(c.id()).post("/verifications/" + proposal.getString("id") + "/approval").then().statusCode(409)
                .body("rule", equalTo("VERIFICATION_STALE"));
        assertThat(CountyState.of(dataSource, c.id()).get("entries")).isEqualTo(entries);
        office(c.id()).get("/verifications/" + proposal.getString("id")).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void aTriennialVerificationNeedsEverySchoolsEnrollmentAndMayBeOverriddenWithAReason() {
        County c = county("2026-2027");
        String late = register(c.id(), "SCHOOL", List.of("JUNIOR"), "TOWN", "城区学区");
        office(c.id()).body(Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL")).post("/verifications").then().statusCode(422)
                .body("rule", equalTo("ENROLLMENT_REPORTED")).body("reason.en", org.hamcrest.Matchers.containsString(late));
        enroll(c.id(), late, "2026-2027", Map.of("JUNIOR", 270));
        String id = propose(c.id(), Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL")).getString("id");
        office(c.id()).post("/verifications/" + id + "/approval").then().statusCode(200);
        enroll(c.id(), late, "2027-2028", Map.of("JUNIOR", 270));
        enroll(c.id(), c.nineYear(), "2027-2028", Map.of("PRIMARY", 812, "JUNIOR", 402));
        enroll(c.id(), c.senior(), "2027-2028", Map.of("SENIOR", 1000));
        enroll(c.id(), c.village(), "2027-2028", Map.of("PRIMARY", 60, "classes", Map.of("PRIMARY", 6)));
        JsonPath early = propose(c.id(), Map.of("schoolYear", "2027-2028", "kind", "TRIENNIAL",
                "overrideReason", "two schools merged into a new nine-year school"));
        assertThat(early.getString("overrideReason")).isEqualTo("two schools merged into a new nine-year school");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> line(JsonPath verification, String schoolId) {
        List<Map<String, Object>> lines = verification.getList("schools");
        return lines.stream().filter(l -> schoolId.equals(l.get("schoolId"))).findFirst().orElseThrow();
    }
}
