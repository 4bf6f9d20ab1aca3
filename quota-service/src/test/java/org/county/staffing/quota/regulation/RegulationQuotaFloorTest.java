package org.county.staffing.quota.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.allocated;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A regulation applies from its effectiveFrom (the platform clock's date), and the quota ledger
 * never cuts a school's quota under the leadership posts its regulation in force approves
 * (LEADERSHIP_WITHIN_QUOTA): an adjustment or a transfer below is refused with nothing written,
 * exactly the total is allowed, and a version still pending does not count yet.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class RegulationQuotaFloorTest {

    private static final LocalDate FIRST_FROM = LocalDate.of(2030, 9, 1);
    private static final LocalDate SECOND_FROM = LocalDate.of(2031, 9, 1);

    @Inject
    PlatformClock clock;

    private Instant pinned;

    @BeforeEach
    void pinBeforeTheFirstVersion() {
        pinned = clock.now();
        clock.useFixed(FIRST_FROM.minusDays(1));
    }

    @AfterEach
    void restoreClock() {
        clock.useFixed(pinned);
    }

    private static Map<String, Object> regulation(LocalDate effectiveFrom, Map<String, Integer> posts) {
        return Map.of("effectiveFrom", effectiveFrom.toString(), "partyOrganisation", "PARTY_BRANCH", "functions", List.of("实施小学义务教育"),
                "leadershipPosts", posts.entrySet().stream().map(e -> Map.of("role", e.getKey(), "count", e.getValue())).toList());
    }

    private static int entries(String county, String school) {
        return office(county).get("/schools/" + school + "/ledger").then().statusCode(200).extract().jsonPath().getList("").size();
    }

    @Test
    void aVersionAppliesFromItsDateAndTheLedgerNeverCutsUnderTheLeadershipPostsInForce() {
        String county = newCounty();
        String school = register(county, "SCHOOL", List.of("PRIMARY"), "TOWN", "沙河学区");
        String other = register(county, "SCHOOL", List.of("PRIMARY"), "TOWN", "沙河学区");
        allocate(county, school, 10);
        allocate(county, other, 4);
        String path = "/schools/" + school + "/regulation";
        office(county).body(regulation(FIRST_FROM, Map.of("PRINCIPAL", 1, "PARTY_SECRETARY", 1))).put(path).then().statusCode(201);
        office(county).body(regulation(SECOND_FROM, Map.of("PRINCIPAL", 1, "PARTY_SECRETARY", 1, "DEPUTY_PRINCIPAL", 3)))
                .put(path).then().statusCode(201).body("status", equalTo("PENDING"));

        // before the first version's date: none in force, the first shown as pending, no floor yet
        office(county).get(path).then().statusCode(404).body("rule", equalTo("REGULATION_EXISTS"))
                .body("reason.en", containsString("version 1 takes effect on " + FIRST_FROM));
        JsonPath listed = office(county).get("/regulations").then().statusCode(200).extract().jsonPath();
        assertThat(listed.getString("[0].status")).isEqualTo("PENDING");
        assertThat(listed.getInt("[0].version")).isEqualTo(1);
        office(county).body(Map.of("delta", -9, "reason", "核减")).post("/schools/" + school + "/quota/adjustments").then().statusCode(201);
        office(county).body(Map.of("delta", 9, "reason", "核增")).post("/schools/" + school + "/quota/adjustments").then().statusCode(201);

        // from its date version 1 is in force (2 leadership posts), version 2 pending
        clock.useFixed(FIRST_FROM);
        office(county).get(path).then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("IN_FORCE"))
                .body("pendingVersion", equalTo(2)).body("pendingFrom", equalTo(SECOND_FROM.toString()));
        assertThat(office(county).get(path + "/versions").then().statusCode(200).extract().jsonPath().getList("status"))
                .containsExactly("IN_FORCE", "PENDING");
        int before = entries(county, school);
        office(county).body(Map.of("delta", -9, "reason", "核减")).post("/schools/" + school + "/quota/adjustments").then()
                .statusCode(409).body("rule", equalTo("LEADERSHIP_WITHIN_QUOTA")).body("field", equalTo("delta"))
                .body("reason.zh", containsString("领导职数 2 名")).body("reason.en", containsString("2 leadership posts"));
        assertThat(entries(county, school)).as("a refused cut writes nothing").isEqualTo(before);
        office(county).body(Map.of("delta", -8, "reason", "核减至领导职数")).post("/schools/" + school + "/quota/adjustments")
                .then().statusCode(201);
        assertThat(allocated(county, school)).as("exactly the leadership total is allowed").isEqualTo(2);
        allocate(county, school, 4);

        // from the second version's date its 5 leadership posts are the floor
        clock.useFixed(SECOND_FROM);
        office(county).get(path).then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("IN_FORCE"));
        assertThat(office(county).get("/regulations").then().statusCode(200).extract().jsonPath().getList("status"))
                .containsExactly("IN_FORCE");
        before = entries(county, school);
        office(county).body(Map.of("fromSchoolId", school, "toSchoolId", other, "amount", 2, "reason", "调剂"))
                .post("/transfers").then().statusCode(409).body("rule", equalTo("LEADERSHIP_WITHIN_QUOTA")).body("field", equalTo("amount"));
        assertThat(entries(county, school)).isEqualTo(before);
        assertThat(allocated(county, school)).isEqualTo(6);
        assertThat(allocated(county, other)).as("neither side of a refused transfer is written").isEqualTo(4);
        office(county).body(Map.of("fromSchoolId", school, "toSchoolId", other, "amount", 1, "reason", "调剂"))
                .post("/transfers").then().statusCode(201);
        assertThat(allocated(county, school)).isEqualTo(5);
        office(county).body(Map.of("delta", -1, "reason", "核减")).post("/schools/" + school + "/quota/adjustments").then()
                .statusCode(409).body("rule", equalTo("LEADERSHIP_WITHIN_QUOTA"));
        // a rise is never refused
        allocate(county, school, 1);
    }
}
