package org.county.staffing.quota.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.allocated;
import static org.county.staffing.quota.support.Quota.events;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class MergeResourceTest {

    @Test
    void nineInstitutionsMergedIntoFourKeepEveryQuotaAndTheirHistory() {
        String county = newCounty();
        List<String> institutions = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String id = register(county, "NON_SCHOOL_INSTITUTION", List.of(), "URBAN", "城区学区");
            allocate(county, id, 3 + i);
            institutions.add(id);
        }
        // 3 + 4 + ... + 11 = 63 of the INSTITUTION pool
        int allocatedBefore = office(county).get("/pools").then().extract().jsonPath().getInt("find { it.pool == 'INSTITUTION' }.allocated");

        List<String> targets = institutions.subList(0, 4);
        for (int i = 4; i < 9; i++) {
            String merged = institutions.get(i);
            String into = targets.get(i % 4);
            int quota = allocated(county, merged);
            int targetBefore = allocated(county, into);
            JsonPath merge = office(county).body(Map.of("intoSchoolId", into, "reason", "莱编发〔2024〕9号 精简整合"))
                    .post("/schools/" + merged + "/merge").then().statusCode(200).extract().jsonPath();
            assertThat(merge.getInt("quotaMoved")).isEqualTo(quota);
            assertThat(merge.getList("entries.kind")).containsOnly("MERGE");
            assertThat(merge.getList("entries.delta", Integer.class)).containsExactly(-quota, quota);
            assertThat(merge.getList("entries.reference")).containsOnly(merge.getString("mergeId"));
            assertThat(allocated(county, into)).isEqualTo(targetBefore + quota);
            assertThat(allocated(county, merged)).isZero();
        }
        assertThat(office(county).get("/pools").then().extract().jsonPath().getInt("find { it.pool == 'INSTITUTION' }.allocated"))
                .as("merging moves quota, it neither creates nor frees any").isEqualTo(allocatedBefore);

        String merged = institutions.get(8);
        office(county).get("/schools/" + merged).then().statusCode(200)
                .body("status", equalTo("MERGED")).body("mergedInto", equalTo(targets.get(0)));
        office(county).get("/schools/" + merged + "/ledger").then().statusCode(200)
                .body("kind", equalTo(List.of("ADJUSTMENT", "MERGE"))).body("[1].balance", equalTo(0));
        office(county).get("/schools?kind=NON_SCHOOL_INSTITUTION").then().body("findAll { it.status == 'ACTIVE' }.size()", equalTo(4));

        // a merged institution is read only
        office(county).body(Map.of("delta", 1, "reason", "x")).post("/schools/" + merged + "/quota/adjustments")
                .then().statusCode(409).body("rule", equalTo("SCHOOL_ACTIVE"));
        office(county).body(Map.of("fromSchoolId", targets.get(1), "toSchoolId", merged, "amount", 1, "reason", "x"))
                .post("/transfers").then().statusCode(409).body("rule", equalTo("SCHOOL_ACTIVE")).body("field", equalTo("toSchoolId"));
        office(county).body(Map.of("intoSchoolId", targets.get(2), "reason", "again")).post("/schools/" + merged + "/merge")
                .then().statusCode(409).body("rule", equalTo("SCHOOL_ACTIVE"));
        office(county).body(Map.of("intoSchoolId", merged, "reason", "into a merged one")).post("/schools/" + targets.get(3) + "/merge")
                .then().statusCode(409).body("rule", equalTo("SCHOOL_ACTIVE")).body("field", equalTo("intoSchoolId"));

        CloudEvent event = events(merged, "quota.school.merged.v1", 1).get(0);
        assertThat(event.data().path("intoSchoolId").asText()).isEqualTo(targets.get(0));
        assertThat(event.data().path("quotaMoved").asInt()).isEqualTo(11);
        assertThat(event.data().path("reason").asText()).isEqualTo("莱编发〔2024〕9号 精简整合");
    }

    @Test
    void quotaNeverLeavesItsPoolByAMerger() {
        String county = newCounty();
        String school = register(county, "SCHOOL", List.of("PRIMARY"), "RURAL", "沙河学区");
        String kindergarten = register(county, "KINDERGARTEN", List.of("KINDERGARTEN"), "RURAL", "沙河学区");
        office(county).body(Map.of("intoSchoolId", kindergarten, "reason", "layout")).post("/schools/" + school + "/merge")
                .then().statusCode(422).body("rule", equalTo("MERGE_WITHIN_POOL"));
        office(county).body(Map.of("intoSchoolId", school, "reason", "layout")).post("/schools/" + school + "/merge")
                .then().statusCode(422).body("rule", equalTo("MERGE_DISTINCT_SCHOOLS"));
        office(county).get("/schools/" + school).then().body("status", equalTo("ACTIVE"));
    }
}
