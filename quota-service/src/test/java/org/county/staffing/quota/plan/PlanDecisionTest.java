package org.county.staffing.quota.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.allocated;
import static org.county.staffing.quota.support.Quota.as;
import static org.county.staffing.quota.support.Quota.events;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.county.staffing.quota.support.Quota.send;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanItem;
import org.county.staffing.contracts.recruitment.PlanSubmitted;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.quota.support.CountyState;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The annual adjustment plan: learned by event, checked, decided with reasons, applied once when executed. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class PlanDecisionTest {

    @Inject
    DataSource dataSource;

    static final LocalDate EFFECTIVE = LocalDate.of(2026, 8, 25);

    static PlanItem transfer(String from, String to, int amount) {
        return new PlanItem(UUID.randomUUID(), "QUOTA_TRANSFER", from, to, amount, "生源向城区流动", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static PlanItem newHire(String school, String subject) {
        return new PlanItem(UUID.randomUUID(), "NEW_HIRE", null, null, null, null, school, null, "TEACHING", subject, null,
                null, null, null, null, null, null, null, null, null, null, null, UUID.randomUUID());
    }

    static PlanItem postEstablished(String school, int count, String reason) {
        return new PlanItem(UUID.randomUUID(), "POST_CHANGE", null, null, null, reason, school, "ESTABLISH", "TEACHING", null,
                null, count, null, null, null, null, null, null, null, null, null, null, null);
    }

    static void submit(String county, UUID plan, int version, List<PlanItem> items) {
        send(PlanSubmitted.TYPE, plan.toString(), county,
                new PlanSubmitted(plan, county, "2026-2027", version, false, null, EFFECTIVE, items));
    }

    static void execute(String county, UUID plan, int version, List<PlanItem> items) {
        send(PlanExecuted.TYPE, plan.toString(), county, new PlanExecuted(plan, version, "2026-2027", EFFECTIVE, items));
    }

    static JsonPath awaitPlan(String county, UUID plan, int version) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                office(county).get("/plans/" + plan).then().statusCode(200).body("version", equalTo(version)));
        return office(county).get("/plans/" + plan).then().extract().jsonPath();
    }

    @Test
    void aPlanIsCheckedDecidedWithReasonsAndItsTransfersAppliedOnceWhenExecuted() {
        String county = newCounty();
        String town = register(county, "SCHOOL", List.of("PRIMARY"), "TOWN", "沙河学区");
        String city = register(county, "SCHOOL", List.of("PRIMARY"), "URBAN", "城区学区");
        allocate(county, town, 10);
        allocate(county, city, 2);
        UUID plan = UUID.randomUUID();

        // version 1 takes more from the town school than it has
        submit(county, plan, 1, List.of(transfer(town, city, 15)));
        JsonPath v1 = awaitPlan(county, plan, 1);
        assertThat(v1.getString("status")).isEqualTo("PENDING");
        assertThat(v1.getBoolean("blockingChecksPassed")).isFalse();
        assertThat(v1.getBoolean("checks.find { it.rule == 'TRANSFER_SOURCE_NOT_NEGATIVE' }.passed")).isFalse();
        as(county, "hr").get("/plans?status=PENDING").then().statusCode(200).body("planId", equalTo(List.of(plan.toString())));

        office(county).body(Map.of("decision", "APPROVE")).post("/plans/" + plan + "/decision").then().statusCode(409)
                .body("rule", equalTo("PLAN_CHECKS_PASSED"));
        office(county).body(Map.of("decision", "REJECT", "reasons", List.of(" "))).post("/plans/" + plan + "/decision").then()
                .statusCode(422).body("rule", equalTo("REJECT_REASONS_REQUIRED")).body("field", equalTo("reasons"));
        office(county).body(Map.of("decision", "REJECT", "reasons", List.of("城关小学调出后编制为负")))
                .post("/plans/" + plan + "/decision").then().statusCode(200).body("status", equalTo("REJECTED"));
        office(county).body(Map.of("decision", "REJECT", "reasons", List.of("again"))).post("/plans/" + plan + "/decision").then()
                .statusCode(409).body("rule", equalTo("PLAN_DECIDED_ONCE"));
        CloudEvent rejected = events(plan.toString(), "quota.plan.decided.v1", 1).get(0);
        assertThat(rejected.data().path("decision").asText()).isEqualTo("REJECT");
        assertThat(rejected.data().path("department").asText()).isEqualTo("STAFFING_OFFICE");
        assertThat(rejected.data().path("version").asInt()).isEqualTo(1);
        assertThat(rejected.data().path("reasons").get(0).asText()).isEqualTo("城关小学调出后编制为负");
        assertThat(rejected.data().path("checks").findValuesAsText("rule")).contains("TRANSFER_SOURCE_NOT_NEGATIVE");
        assertThat(rejected.data().path("schoolYear").asText()).isEqualTo("2026-2027");

        // version 2 is within bounds; one new hire leaves the city school over quota (a warning)
        List<PlanItem> items = List.of(transfer(town, city, 3), newHire(city, "ENGLISH"), postEstablished(city, 1, "英语教师"));
        submit(county, plan, 2, items);
        JsonPath v2 = awaitPlan(county, plan, 2);
        assertThat(v2.getBoolean("blockingChecksPassed")).isTrue();
        assertThat(v2.getList("earlierVersions.status")).containsExactly("REJECTED");
        assertThat(v2.getList("quotaTransfers.amount", Integer.class)).containsExactly(3);
        office(county).body(Map.of("decision", "APPROVE", "version", 1)).post("/plans/" + plan + "/decision").then()
                .statusCode(409).body("rule", equalTo("PLAN_VERSION_CURRENT"));
        office(county).body(Map.of("decision", "APPROVE", "version", 2)).post("/plans/" + plan + "/decision").then()
                .statusCode(200).body("status", equalTo("APPROVED"));
        assertThat(events(plan.toString(), 1, e -> e.type().equals("quota.plan.decided.v1") && e.data().path("version").asInt() == 2))
                .singleElement().satisfies(e -> assertThat(e.data().path("decision").asText()).isEqualTo("APPROVE"));
        assertThat(allocated(county, town)).as("approval alone moves nothing").isEqualTo(10);

        execute(county, plan, 2, items);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(allocated(county, town)).isEqualTo(7));
        assertThat(allocated(county, city)).isEqualTo(5);
        JsonPath entries = office(county).get("/ledger?reference=" + plan).then().statusCode(200).extract().jsonPath();
        assertThat(entries.getList("kind")).containsOnly("TRANSFER");
        assertThat(entries.getList("delta", Integer.class)).containsExactly(-3, 3);
        assertThat(entries.getList("transferId").get(0)).isEqualTo(entries.getList("transferId").get(1));
        assertThat(entries.getList("actor")).containsOnly("education-bureau:jiaoyuju");

        // the same execution announced again changes nothing
        execute(county, plan, 2, items);
        UUID marker = UUID.randomUUID();
        submit(county, marker, 1, List.of());
        awaitPlan(county, marker, 1);
        assertThat(CountyState.query(dataSource, "select count(*) from ledger_entry where reference = ?", plan.toString())).isEqualTo(2);
        office(county).get("/plans/" + plan).then().body("executionStatus", equalTo("APPLIED"));
    }

    @Test
    void anExecutedPlanTheStaffingOfficeDidNotApproveIsNotAppliedAndTheRefusalIsAnnounced() {
        String county = newCounty();
        String from = register(county, "SCHOOL", List.of("PRIMARY"), "TOWN", "沙河学区");
        String to = register(county, "SCHOOL", List.of("PRIMARY"), "URBAN", "城区学区");
        allocate(county, from, 10);
        UUID plan = UUID.randomUUID();
        List<PlanItem> items = List.of(transfer(from, to, 4));
        submit(county, plan, 1, items);
        awaitPlan(county, plan, 1);
        execute(county, plan, 1, items);
        CloudEvent refused = events(plan.toString(), "quota.plan-execution.refused.v1", 1).get(0);
        assertThat(refused.data().path("rule").asText()).isEqualTo("PLAN_APPROVED_BY_STAFFING_OFFICE");
        assertThat(refused.data().path("itemIds")).hasSize(1);
        office(county).get("/plans/" + plan).then().body("executionStatus", equalTo("REFUSED")).body("status", equalTo("PENDING"));
        assertThat(allocated(county, from)).isEqualTo(10);
        assertThat(allocated(county, to)).isZero();
    }
}
