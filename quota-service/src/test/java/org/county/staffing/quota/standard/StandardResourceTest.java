package org.county.staffing.quota.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.quota.support.Quota.as;
import static org.county.staffing.quota.support.Quota.events;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class StandardResourceTest {

    @Test
    void theSeedStandardsApplyUntilTheCountyRecordsAVersionFromItsEffectiveDate() {
        String county = newCounty();
        JsonPath defaults = as(county, "school").get("/standards?on=2026-09-01").then().statusCode(200).extract().jsonPath();
        assertThat(defaults.getDouble("find { it.stage == 'SENIOR' }.studentsPerStaff")).isEqualTo(12.5);
        assertThat(defaults.getDouble("find { it.stage == 'JUNIOR' }.studentsPerStaff")).isEqualTo(13.5);
        assertThat(defaults.getDouble("find { it.stage == 'PRIMARY' }.studentsPerStaff")).isEqualTo(19.0);
        assertThat(defaults.getDouble("find { it.stage == 'KINDERGARTEN' }.studentsPerStaff")).isEqualTo(7.0);
        assertThat(defaults.getString("find { it.stage == 'PRIMARY' }.source")).isEqualTo("CONFIGURATION");
        assertThat(defaults.getInt("find { it.stage == 'PRIMARY' }.version")).isZero();

        office(county).body(Map.of("studentsPerStaff", 18.5, "effectiveFrom", "2027-09-01", "reason", "鲁编办〔2027〕3号"))
                .put("/standards/PRIMARY").then().statusCode(201)
                .body("version", equalTo(1)).body("source", equalTo("COUNTY")).body("effectiveFrom", equalTo("2027-09-01"));
        // the same version again is the same request; another figure for that date is refused
        office(county).body(Map.of("studentsPerStaff", 18.5, "effectiveFrom", "2027-09-01"))
                .put("/standards/PRIMARY").then().statusCode(200).body("version", equalTo(1));
        office(county).body(Map.of("studentsPerStaff", 18, "effectiveFrom", "2027-09-01"))
                .put("/standards/PRIMARY").then().statusCode(409).body("rule", equalTo("STANDARD_VERSION_UNIQUE"))
                .body("field", equalTo("effectiveFrom"));

        office(county).get("/standards?on=2027-08-31").then().body("find { it.stage == 'PRIMARY' }.studentsPerStaff", equalTo(19));
        JsonPath later = office(county).get("/standards?on=2027-09-01").then().extract().jsonPath();
        assertThat(later.getDouble("find { it.stage == 'PRIMARY' }.studentsPerStaff")).isEqualTo(18.5);
        assertThat(later.getList("find { it.stage == 'PRIMARY' }.versions.version", Integer.class)).containsExactly(0, 1);
        // another county keeps the seed figure
        office(newCounty()).get("/standards?on=2027-09-01").then().body("find { it.stage == 'PRIMARY' }.studentsPerStaff", equalTo(19));

        assertThat(events(county + ":PRIMARY", "quota.standard.changed.v1", 1)).singleElement().satisfies(e -> {
            assertThat(e.data().path("studentsPerStaff").decimalValue()).isEqualByComparingTo("18.5");
            assertThat(e.data().path("effectiveFrom").asText()).isEqualTo("2027-09-01");
            assertThat(e.data().path("version").asInt()).isEqualTo(1);
        });
    }
}
