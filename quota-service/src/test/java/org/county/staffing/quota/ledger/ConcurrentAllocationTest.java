package org.county.staffing.quota.ledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.registerPrimary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.quota.support.CountyState;
import org.county.staffing.quota.support.Quota;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class ConcurrentAllocationTest {

    @Inject
    DataSource dataSource;

    @Test
    void aHundredSimultaneousAllocationsAgainstANearlyFullPoolNeverOverAllocate() throws Exception {
        String county = newCounty();
        List<String> schools = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            schools.add(registerPrimary(county));
        }
        Quota.allocate(county, schools.get(0), 5000);
        // 5,592 - 5,000 - 580 = 12 free quotas left in the pool
        Quota.allocate(county, schools.get(1), 580);

        String token = Quota.token(county, "staffing-office");
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String school = schools.get(i % schools.size());
            Callable<Response> call = () -> {
                start.await();
                return given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("delta", 1, "reason", "concurrent request " + school))
                        .post("/schools/" + school + "/quota/adjustments");
            };
            calls.add(pool.submit(call));
        }
        start.countDown();
        int created = 0;
        int refused = 0;
        for (Future<Response> call : calls) {
            Response response = call.get(120, TimeUnit.SECONDS);
            if (response.statusCode() == 201) {
                created++;
            } else {
                assertThat(response.statusCode()).as(response.asString()).isEqualTo(409);
                assertThat(response.jsonPath().getString("rule")).isEqualTo("POOL_CAPACITY");
                refused++;
            }
        }
        pool.shutdown();

        assertThat(created).isEqualTo(12);
        assertThat(refused).isEqualTo(88);
        office(county).get("/pools").then().statusCode(200)
                .body("find { it.pool == 'K12' }.allocated", org.hamcrest.Matchers.equalTo(5592))
                .body("find { it.pool == 'K12' }.free", org.hamcrest.Matchers.equalTo(0));
        assertThat(CountyState.query(dataSource,
                "select sum(delta) from ledger_entry where county_id = ? and kind <> 'POOL'", county)).isEqualTo(5592);
        // the allocation recorded after each entry is the running sum: the serialised order is visible in the ledger
        assertThat(CountyState.query(dataSource, """
                select count(*) from (
                    select pool_allocated, sum(delta) filter (where kind <> 'POOL') over (order by seq) as running
                    from ledger_entry where county_id = ?) e
                where pool_allocated <> running""", county)).isZero();
        assertThat(CountyState.query(dataSource,
                "select max(pool_allocated) from ledger_entry where county_id = ?", county)).isEqualTo(5592);
    }

    @Test
    void simultaneousFirstUsesOpenACountysPoolOnce() throws Exception {
        String county = newCounty();
        List<String> schools = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            schools.add(registerPrimary(county));
        }
        String token = Quota.token(county, "staffing-office");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String school = schools.get(i % schools.size());
            calls.add(pool.submit(() -> {
                start.await();
                return given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("delta", 10, "reason", "first allocation")).post("/schools/" + school + "/quota/adjustments")
                        .statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> call : calls) {
            assertThat(call.get(120, TimeUnit.SECONDS)).isEqualTo(201);
        }
        pool.shutdown();
        assertThat(CountyState.query(dataSource,
                "select count(*) from ledger_entry where county_id = ? and kind = 'POOL'", county)).isEqualTo(1);
        assertThat(CountyState.query(dataSource,
                "select sum(delta) from ledger_entry where county_id = ? and kind <> 'POOL'", county)).isEqualTo(200);
    }
}
