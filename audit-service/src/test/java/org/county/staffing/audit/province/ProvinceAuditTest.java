package org.county.staffing.audit.province;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.county.staffing.audit.support.AuditDatabase;
import org.county.staffing.audit.support.PlatformEvents;
import org.county.staffing.audit.support.TeacherStory;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The province reads the audit statistics of every county, each county's inspectors only their own; the
 * province's rows agree with each county's own statistics, and the totals with the rows.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class ProvinceAuditTest {

    private static JsonPath get(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get("/province/audit-stats").then().statusCode(200)
                .extract().jsonPath();
    }

    private static String auditor(TeacherStory story) {
        return TestTokens.user("u-auditor").role("auditor").county(story.county).token();
    }

    @Test
    void theProvinceReadsEveryCountyAndACountyOnlyItself() {
        TeacherStory first = TeacherStory.told();
        // a second county with two records
        String otherCounty = PlatformEvents.newCounty();
        List<CloudEvent> others = List.of(
                PlatformEvents.event("quota.school.registered.v1", PlatformEvents.newSchoolId(), otherCounty, TeacherStory.OFFICE,
                        "c-p1", null, PlatformEvents.at(3, 9), Map.of("name", "城关小学")),
                PlatformEvents.event("quota.school.registered.v1", PlatformEvents.newSchoolId(), otherCounty, TeacherStory.OFFICE,
                        "c-p2", null, PlatformEvents.at(3, 10), Map.of("name", "东关小学")));
        PlatformEvents.publish(others);
        AuditDatabase.awaitStored(others.stream().map(CloudEvent::id).toList());
        String province = TestTokens.user("shengjiaoyuting").role("province").token();

        JsonPath all = get(province, Map.of("size", 500));
        List<Map<String, Object>> rows = all.getList("rows");
        assertThat(all.getInt("counties")).isEqualTo(rows.size()).isGreaterThanOrEqualTo(2);
        Map<String, Integer> expected = Map.of(first.county, first.events.size(), otherCounty, 2);
        expected.forEach((county, records) -> {
            Map<String, Object> row = rows.stream().filter(r -> county.equals(r.get("countyId"))).findFirst().orElseThrow();
            // the same figures as the county's own statistics and chain
            String auditor = TestTokens.user("u-auditor").role("auditor").county(county).token();
            JsonPath own = get(auditor, Map.of());
            long total = given().auth().oauth2(auditor).get("/audit/stats").then().statusCode(200).extract().jsonPath()
                    .getLong("total");
            assertThat(((Number) row.get("records")).longValue()).isEqualTo(total).isEqualTo(records.longValue());
            assertThat(own.getInt("counties")).isEqualTo(1);
            assertThat(own.getString("rows[0].countyId")).isEqualTo(county);
            assertThat(own.getLong("totals.records")).isEqualTo(total);
            assertThat(own.getLong("rows[0].chain.length")).isEqualTo(records.longValue());
            assertThat(own.getString("rows[0].chain.status")).isEqualTo("NOT_VERIFIED");
        });
        assertThat(all.getLong("totals.records"))
                .isEqualTo(rows.stream().mapToLong(r -> ((Number) r.get("records")).longValue()).sum());
        assertThat(all.getLong("totals.chainRecords"))
                .isEqualTo(rows.stream().mapToLong(r -> ((Number) ((Map<?, ?>) r.get("chain")).get("length")).longValue()).sum());

        // sorted by records, most first; paged
        JsonPath byRecords = get(province, Map.of("sort", "RECORDS", "order", "DESC", "size", 500));
        List<Long> records = byRecords.getList("rows.records", Long.class);
        assertThat(records).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        JsonPath second1 = get(province, Map.of("page", 1, "size", 1));
        assertThat(second1.getList("rows")).hasSize(1);
        assertThat(second1.getString("rows[0].countyId")).isEqualTo(get(province, Map.of("size", 500)).getString("rows[1].countyId"));

        // chains verified on request
        JsonPath verified = get(auditor(first), Map.of("verify", true));
        assertThat(verified.getString("rows[0].chain.status")).isEqualTo("OK");
        assertThat(verified.getInt("totals.chainsVerified")).isEqualTo(1);
        assertThat(verified.getInt("totals.chainsBroken")).isZero();

        // only the province and inspectors; a refused parameter names itself
        given().get("/province/audit-stats").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("jiaoyuju").role("education-bureau").county(first.county).token())
                .get("/province/audit-stats").then().statusCode(403);
        given().auth().oauth2(province).queryParam("sort", "records").get("/province/audit-stats").then().statusCode(400)
                .body("field", equalTo("sort"));
    }
}
