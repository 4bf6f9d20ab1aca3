package org.county.staffing.quota.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.quota.support.Quota.enroll;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Counties as tenants: with the seed's county configured, only that county's pools open with the
 * seed's totals (5,592 and 1,086); every other county's totals are its own, set by its staffing
 * office or computed from its enrollment at its first verification.
 */
@QuarkusTest
@TestProfile(CountyPoolTotalsTest.SeedCounty.class)
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class CountyPoolTotalsTest {

    /** The production default (the suite's other tests set every county to open with the seed's totals). */
    public static class SeedCounty implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quota.pools.seed-county", "370683");
        }
    }

    private static Map<String, Object> pool(String county, String pool) {
        List<Map<String, Object>> pools = office(county).get("/pools").then().statusCode(200).extract().jsonPath().getList("");
        return pools.stream().filter(p -> pool.equals(p.get("pool"))).findFirst().orElseThrow();
    }

    @Test
    void theSeedCountyKeepsTheSeedsTotalsAndAnotherCountyOpensWithItsOwn() {
        assertThat(pool("370683", "K12")).containsEntry("total", 5592);
        assertThat(pool("370683", "OTHER")).containsEntry("total", 1086);

        String county = newCounty();
        assertThat(pool(county, "K12")).containsEntry("total", 0).containsEntry("opened", false);
        office(county).body(Map.of("delta", 250, "reason", "县编委核定中小学教职工编制总额")).post("/pools/K12/adjustments")
                .then().statusCode(201);
        assertThat(pool(county, "K12")).containsEntry("total", 250).containsEntry("allocated", 0);
        assertThat(pool(county, "OTHER")).as("each pool separately").containsEntry("total", 0);
    }

    @Test
    void aCountysFirstVerificationOpensItsPoolAtTheQuotasItsEnrollmentRequires() {
        String county = newCounty();
        String primary = register(county, "SCHOOL", List.of("PRIMARY"), "URBAN", "城区学区");
        String junior = register(county, "SCHOOL", List.of("JUNIOR"), "TOWN", "沙河学区");
        enroll(county, primary, "2026-2027", Map.of("PRIMARY", 950));
        enroll(county, junior, "2026-2027", Map.of("JUNIOR", 540));

        JsonPath proposal = office(county).body(Map.of("schoolYear", "2026-2027", "kind", "TRIENNIAL")).post("/verifications")
                .then().statusCode(201).extract().jsonPath();
        int required = proposal.getInt("requiredTotal");
        assertThat(required).isEqualTo(50 + 40);
        assertThat(proposal.getInt("proposedTotal")).as("no shortfall: the pool opens at what is required").isEqualTo(required);
        assertThat(proposal.getInt("poolShortfall")).isZero();

        office(county).post("/verifications/" + proposal.getString("id") + "/approval").then().statusCode(200);
        assertThat(pool(county, "K12")).containsEntry("total", required).containsEntry("allocated", required).containsEntry("free", 0);
        office(county).queryParam("kind", "POOL").get("/ledger").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].delta", equalTo(required)).body("[0].reference", equalTo(proposal.getString("id")));
    }
}
