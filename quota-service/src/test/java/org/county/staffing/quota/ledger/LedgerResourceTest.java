package org.county.staffing.quota.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.events;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.registerPrimary;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.quota.support.CountyState;
import org.county.staffing.quota.support.Quota;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class LedgerResourceTest {

    @Inject
    DataSource dataSource;

    @Test
    void poolsOpenOnFirstUseWithTheSeedTotalsRecordedAsPoolEntries() {
        String county = newCounty();
        JsonPath before = office(county).get("/pools").then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("pool")).containsExactly("K12", "OTHER", "INSTITUTION");
        assertThat(before.getList("total", Integer.class)).containsExactly(5592, 1086, 80);
        assertThat(before.getList("opened", Boolean.class)).containsOnly(false);
        assertThat(CountyState.of(dataSource, county).get("entries")).isZero();

        String school = registerPrimary(county);
        allocate(county, school, 40);

        office(county).get("/pools").then().statusCode(200)
                .body("find { it.pool == 'K12' }.total", equalTo(5592))
                .body("find { it.pool == 'K12' }.allocated", equalTo(40))
                .body("find { it.pool == 'K12' }.free", equalTo(5552))
                .body("find { it.pool == 'K12' }.opened", equalTo(true))
                .body("find { it.pool == 'OTHER' }.opened", equalTo(false));
        office(county).get("/ledger?pool=K12").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].kind", equalTo("POOL")).body("[0].delta", equalTo(5592)).body("[0].reference", equalTo("configuration"))
                .body("[1].kind", equalTo("ADJUSTMENT")).body("[1].schoolId", equalTo(school)).body("[1].balance", equalTo(40))
                .body("[1].poolAllocated", equalTo(40)).body("[1].actor", equalTo("staffing-office:staffingoffice-user"));

        List<CloudEvent> opening = events("pool:" + county + ":K12", "quota.allocation.changed.v1", 1);
        assertThat(opening).singleElement().satisfies(e -> {
            assertThat(e.data().path("kind").asText()).isEqualTo("POOL");
            assertThat(e.data().path("balance").asInt()).isEqualTo(5592);
            assertThat(e.data().has("schoolId")).isFalse();
            assertThat(e.countyId()).isEqualTo(county);
        });
    }

    @Test
    void aPoolTotalChangesOnlyByAnExplicitEntryWithAReasonAndNeverBelowItsAllocations() {
        String county = newCounty();
        String school = registerPrimary(county);
        allocate(county, school, 5000);
        office(county).body(Map.of("delta", -500, "reason", "two schools closed by the 2026 layout plan"))
                .post("/pools/K12/adjustments").then().statusCode(201)
                .body("kind", equalTo("POOL")).body("delta", equalTo(-500)).body("balance", equalTo(5092))
                .body("reason", equalTo("two schools closed by the 2026 layout plan"));
        office(county).body(Map.of("delta", -93, "reason", "too far")).post("/pools/K12/adjustments").then().statusCode(409)
                .body("rule", equalTo("POOL_TOTAL_COVERS_ALLOCATIONS")).body("field", equalTo("delta"));
        office(county).get("/pools").then().body("find { it.pool == 'K12' }.total", equalTo(5092))
                .body("find { it.pool == 'K12' }.free", equalTo(92));
    }

    @Test
    void aTransferIsTwoEntriesSharingATransferIdEachAnnouncedWithTheNewBalance() {
        String county = newCounty();
        String from = registerPrimary(county);
        String to = registerPrimary(county);
        allocate(county, from, 30);
        allocate(county, to, 10);
        JsonPath transfer = office(county).body(Map.of("fromSchoolId", from, "toSchoolId", to, "amount", 4,
                        "reason", "enrollment moved to the new town school")).post("/transfers")
                .then().statusCode(201).extract().jsonPath();
        String transferId = transfer.getString("transferId");
        assertThat(transfer.getList("entries.delta", Integer.class)).containsExactly(-4, 4);
        assertThat(transfer.getList("entries.balance", Integer.class)).containsExactly(26, 14);
        assertThat(transfer.getList("entries.transferId")).containsOnly(transferId);
        assertThat(transfer.getList("entries.kind")).containsOnly("TRANSFER");

        assertThat(events(from, 1, e -> e.type().equals("quota.allocation.changed.v1") && transferId.equals(e.data().path("transferId").asText())))
                .singleElement().satisfies(e -> {
                    assertThat(e.data().path("delta").asInt()).isEqualTo(-4);
                    assertThat(e.data().path("balance").asInt()).isEqualTo(26);
                    assertThat(e.data().path("pool").asText()).isEqualTo("K12");
                    assertThat(e.data().path("reference").asText()).isEqualTo(transferId);
                });
        assertThat(events(to, 1, e -> transferId.equals(e.data().path("transferId").asText())))
                .singleElement().satisfies(e -> assertThat(e.data().path("balance").asInt()).isEqualTo(14));
        assertThat(Quota.allocated(county, from)).isEqualTo(26);
        office(county).get("/ledger?schoolId=" + to + "&kind=TRANSFER").then().body("", hasSize(1));
        office(county).get("/schools/" + from + "/ledger").then().body("delta", equalTo(List.of(30, -4)));
    }

    @Test
    void balancesAreSumsOfEntriesWhichTheDatabaseRefusesToChange() throws SQLException {
        String county = newCounty();
        String school = registerPrimary(county);
        allocate(county, school, 12);
        allocate(county, school, -5);
        assertThat(CountyState.query(dataSource, "select sum(delta) from ledger_entry where school_id = ?", school)).isEqualTo(7);
        assertThat(CountyState.query(dataSource,
                "select balance from ledger_entry where school_id = ? order by seq desc limit 1", school)).isEqualTo(7);
        assertThat(Quota.allocated(county, school)).isEqualTo(7);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update ledger_entry set delta = 100 where school_id = '" + school + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from ledger_entry where school_id = '" + school + "'"))
                    .hasMessageContaining("append-only");
        }
        assertThat(Quota.allocated(county, school)).isEqualTo(7);
    }
}
