package org.county.staffing.quota.province;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.as;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.quota.support.StaffingEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The province reads every county's quotas (pools, over- and under-staffed schools), paged and
 * sorted, with the province's total; its figures are the county views' own; it writes nothing, and
 * county users do not reach it.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class ProvinceQuotaTest {

    private static RequestSpecification province() {
        return given().auth().oauth2(TestTokens.user("province").role("province").token()).contentType(ContentType.JSON);
    }

    private static List<Map<String, Object>> allCounties(String sort) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = province().queryParam("sort", sort).queryParam("page", page).queryParam("size", 200)
                    .get("/province/quotas").then().statusCode(200).extract().jsonPath().getList("items");
            all.addAll(items);
            if (items.size() < 200) {
                return all;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static int pool(Map<String, Object> county, String pool, String figure) {
        return ((List<Map<String, Object>>) county.get("pools")).stream().filter(p -> pool.equals(p.get("pool"))).findFirst()
                .map(p -> (Integer) p.get(figure)).orElseThrow();
    }

    @Test
    void theProvinceSeesEachCountysFiguresAsTheCountySeesThemAndTheirTotal() {
        String a = newCounty();
        String b = newCounty();
        String a1 = register(a, "SCHOOL", List.of("PRIMARY"), "URBAN", "城区学区");
        String a2 = register(a, "SCHOOL", List.of("PRIMARY"), "RURAL", "沙河学区");
        String b1 = register(b, "SCHOOL", List.of("JUNIOR"), "TOWN", "朱桥学区");
        allocate(a, a1, 1);
        allocate(a, a2, 4);
        allocate(b, b1, 7);
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        StaffingEvents.postEstablished(a, p1, a1, "TEACHING", "CHINESE");
        StaffingEvents.postEstablished(a, p2, a1, "TEACHING", "MATHEMATICS");
        StaffingEvents.appoint(a, UUID.randomUUID(), p1, a1, LocalDate.of(2015, 9, 1));
        StaffingEvents.appoint(a, UUID.randomUUID(), p2, a1, LocalDate.of(2018, 9, 1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> office(a).get("/schools/" + a1 + "/quota").then()
                .statusCode(200).body("staffAppointed", org.hamcrest.Matchers.equalTo(2)));

        List<Map<String, Object>> counties = allCounties("COUNTY");
        Map<String, Object> countyA = counties.stream().filter(c -> a.equals(c.get("countyId"))).findFirst().orElseThrow();
        Map<String, Object> countyB = counties.stream().filter(c -> b.equals(c.get("countyId"))).findFirst().orElseThrow();
        assertThat(countyA).containsEntry("schools", 2).containsEntry("overStaffed", 1).containsEntry("underStaffed", 1);
        assertThat(countyB).containsEntry("schools", 1).containsEntry("overStaffed", 0).containsEntry("underStaffed", 1);
        for (String county : List.of(a, b)) {
            Map<String, Object> seen = county.equals(a) ? countyA : countyB;
            List<Map<String, Object>> own = office(county).get("/pools").then().statusCode(200).extract().jsonPath().getList("");
            for (Map<String, Object> p : own) {
                String name = (String) p.get("pool");
                assertThat(pool(seen, name, "total")).as(county + " " + name).isEqualTo(p.get("total"));
                assertThat(pool(seen, name, "allocated")).as(county + " " + name).isEqualTo(p.get("allocated"));
                assertThat(pool(seen, name, "free")).as(county + " " + name).isEqualTo(p.get("free"));
            }
        }
        assertThat(counties).extracting(c -> (String) c.get("countyId")).isSorted();

        // the total is the sum of the counties (read in one request, so nothing changes in between)
        Map<String, Object> page = province().queryParam("size", 500).get("/province/quotas").then().statusCode(200).extract()
                .jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        @SuppressWarnings("unchecked")
        Map<String, Object> total = (Map<String, Object>) page.get("total");
        if ((Integer) page.get("counties") == items.size()) {
            assertThat(total.get("schools")).isEqualTo(items.stream().mapToInt(c -> (Integer) c.get("schools")).sum());
            assertThat(total.get("overStaffed")).isEqualTo(items.stream().mapToInt(c -> (Integer) c.get("overStaffed")).sum());
            assertThat(pool(total, "K12", "allocated")).isEqualTo(items.stream().mapToInt(c -> pool(c, "K12", "allocated")).sum());
        }
        assertThat(total.get("countyId")).isNull();

        // sorted by a figure, largest first; paged
        List<Map<String, Object>> byOver = allCounties("OVER_STAFFED");
        assertThat(byOver).extracting(c -> (Integer) c.get("overStaffed")).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
        assertThat(province().queryParam("page", 0).queryParam("size", 1).get("/province/quotas").then().statusCode(200)
                .extract().jsonPath().getList("items")).hasSize(1);
        province().queryParam("sort", "over_staffed").get("/province/quotas").then().statusCode(400);
        province().queryParam("size", 0).get("/province/quotas").then().statusCode(400);
    }

    @Test
    void theProvinceWritesNothingAndCountyUsersDoNotReachItsView() {
        String county = newCounty();
        String school = register(county, "SCHOOL", List.of("PRIMARY"), "URBAN", "城区学区");
        province().body(Map.of("delta", 10, "reason", "省级调剂")).post("/pools/K12/adjustments").then().statusCode(403);
        province().body(Map.of("delta", 1, "reason", "x")).post("/schools/" + school + "/quota/adjustments").then().statusCode(403);
        province().get("/schools").then().statusCode(403);
        for (String role : List.of("staffing-office", "hr", "education-bureau", "auditor", "school", "teacher")) {
            as(county, role).get("/province/quotas").then().statusCode(403);
        }
    }
}
