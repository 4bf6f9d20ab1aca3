package org.county.staffing.quota.province;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.as;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

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

    /** The figure a county row is ordered by (largest first), as the view's own fields give it. */
    @SuppressWarnings("unchecked")
    private static int figure(Map<String, Object> county, String sort) {
        return switch (sort) {
            case "SCHOOLS" -> (Integer) county.get("schools");
            case "OVER_STAFFED" -> (Integer) county.get("overStaffed");
            case "UNDER_STAFFED" -> (Integer) county.get("underStaffed");
            case "FREE" -> ((List<Map<String, Object>>) county.get("pools")).stream().mapToInt(p -> (Integer) p.get("free")).sum();
            default -> throw new IllegalArgumentException(sort);
        };
    }

    @Test
    void theCountyListIsPagedAndSortedByEveryKeyAndABadKeyOrPageIsRefusedNamingTheParameter() {
        String small = newCounty();
        String large = newCounty();
        register(small, "SCHOOL", List.of("PRIMARY"), "URBAN", "城区学区");
        for (int i = 0; i < 3; i++) {
            register(large, "SCHOOL", List.of("JUNIOR"), "TOWN", "朱桥学区");
        }

        // every key orders the rows by its figure, largest first, ties by county id; COUNTY by id
        for (String sort : List.of("SCHOOLS", "OVER_STAFFED", "UNDER_STAFFED", "FREE")) {
            List<Map<String, Object>> items = province().queryParam("sort", sort).queryParam("size", 500).get("/province/quotas")
                    .then().statusCode(200).body("sort", equalTo(sort)).extract().jsonPath().getList("items");
            assertThat(items).as(sort).isSortedAccordingTo((x, y) -> figure(x, sort) != figure(y, sort)
                    ? Integer.compare(figure(y, sort), figure(x, sort))
                    : ((String) x.get("countyId")).compareTo((String) y.get("countyId")));
        }
        List<String> bySchools = allCounties("SCHOOLS").stream().map(c -> (String) c.get("countyId")).toList();
        assertThat(bySchools.indexOf(large)).as("3 schools before 1").isLessThan(bySchools.indexOf(small));

        // about five pages, read one after the other, are the whole list in order, and the total is on every page
        List<String> byCounty = allCounties("COUNTY").stream().map(c -> (String) c.get("countyId")).toList();
        assertThat(byCounty).isSorted().contains(small, large);
        int size = Math.min(500, Math.max(2, (byCounty.size() + 4) / 5));
        int pages = (byCounty.size() + size - 1) / size;
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < pages; page++) {
            Map<String, Object> answer = province().queryParam("page", page).queryParam("size", size).get("/province/quotas").then()
                    .statusCode(200).extract().jsonPath().getMap("");
            assertThat(answer).containsEntry("page", page).containsEntry("size", size).containsEntry("counties", byCounty.size());
            assertThat(answer.get("total")).isNotNull();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) answer.get("items");
            items.forEach(c -> paged.add((String) c.get("countyId")));
        }
        assertThat(paged).isEqualTo(byCounty);

        // a page beyond the end is empty, still with the count and the total
        Map<String, Object> beyond = province().queryParam("page", pages + 5).queryParam("size", size).get("/province/quotas").then()
                .statusCode(200).extract().jsonPath().getMap("");
        assertThat(beyond).containsEntry("page", pages + 5).containsEntry("counties", byCounty.size());
        assertThat((List<?>) beyond.get("items")).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> total = (Map<String, Object>) beyond.get("total");
        assertThat(total.get("countyId")).isNull();
        assertThat((Integer) total.get("schools")).isGreaterThanOrEqualTo(4);
        // the far end of the whole numbers: still an empty page, not an overflow
        province().queryParam("page", Integer.MAX_VALUE).queryParam("size", 500).get("/province/quotas").then().statusCode(200)
                .body("items", empty());

        // bad keys and pages: 400 problems naming the parameter
        for (String bad : List.of("over_staffed", "POSTS", "")) {
            province().queryParam("sort", bad).get("/province/quotas").then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("field", equalTo("sort"));
        }
        province().queryParam("page", -1).get("/province/quotas").then().statusCode(400)
                .body("rule", equalTo("PAGING_RANGE")).body("field", equalTo("page"));
        province().queryParam("size", 501).get("/province/quotas").then().statusCode(400)
                .body("rule", equalTo("PAGING_RANGE")).body("field", equalTo("size"));
        province().queryParam("size", "ten").get("/province/quotas").then().statusCode(400)
                .body("field", equalTo("size"));
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
