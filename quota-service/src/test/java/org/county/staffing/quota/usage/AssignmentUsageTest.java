package org.county.staffing.quota.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.county.staffing.quota.support.Quota.send;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.quota.support.StaffingEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Support teaching, shadowing and itinerant teaching as the quota side sees them: the teacher keeps
 * the home post and quota (no vacancy, no irregular secondment), the host's shortage is covered by
 * the assignment until it ends.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class AssignmentUsageTest {

    static final LocalDate STARTS = LocalDate.of(2026, 9, 1);
    static final LocalDate RETURNS = LocalDate.of(2027, 7, 15);

    @Test
    void anAssignedTeacherKeepsTheHomeQuotaAndCoversTheHostsShortageUntilTheAssignmentEnds() {
        String county = newCounty();
        String home = register(county, "SCHOOL", List.of("PRIMARY"), "URBAN", "城区学区");
        String host = register(county, "SCHOOL", List.of("PRIMARY"), "RURAL", "沙河学区");
        allocate(county, home, 2);
        allocate(county, host, 3);
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        StaffingEvents.postEstablished(county, p1, home, "TEACHING", "CHINESE");
        StaffingEvents.postEstablished(county, p2, home, "TEACHING", "MUSIC");
        UUID t1 = UUID.randomUUID();
        UUID t2 = UUID.randomUUID();
        StaffingEvents.appoint(county, t1, p1, home, LocalDate.of(2012, 9, 1));
        StaffingEvents.appoint(county, t2, p2, home, LocalDate.of(2016, 9, 1));
        UUID support = UUID.randomUUID();
        send(TeacherAssigned.TYPE, t1.toString(), county, new TeacherAssigned(support, t1, "SUPPORT_TEACHING", p1, home, host, null,
                null, 16, STARTS, RETURNS, null, null, null, BigDecimal.ONE));
        send(TeacherAssigned.TYPE, t2.toString(), county, new TeacherAssigned(UUID.randomUUID(), t2, "ITINERANT", p2, home, host,
                null, 8, 16, STARTS, RETURNS, null, null, null, new BigDecimal("0.5")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> office(county).get("/schools/" + host + "/quota").then()
                .statusCode(200).body("coveredByAssignments", equalTo(1.5f)));
        office(county).get("/schools/" + home + "/quota").then().body("staffAppointed", equalTo(2)).body("assignedOut", equalTo(2))
                .body("secondedOut", equalTo(0)).body("status", equalTo("BALANCED"));
        office(county).get("/schools/" + host + "/quota").then().body("staffAppointed", equalTo(0)).body("free", equalTo(3))
                .body("uncoveredShortage", equalTo(1.5f)).body("status", equalTo("UNDER_STAFFED"));
        // kept home posts are held, and an assignment is not an irregular secondment
        List<Map<String, Object>> findings = office(county).body(Map.of("schoolIds", List.of(home, host))).post("/inspections")
                .then().statusCode(201).extract().jsonPath().getList("findings");
        assertThat(findings).isEmpty();

        send(AssignmentEnded.TYPE, t1.toString(), county, new AssignmentEnded(support, t1, "SUPPORT_TEACHING", p1, home, host, null,
                RETURNS, "RETURNED"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> office(county).get("/schools/" + host + "/quota").then()
                .body("coveredByAssignments", equalTo(0.5f)).body("uncoveredShortage", equalTo(2.5f)));
        office(county).get("/quotas").then().statusCode(200)
                .body("find { it.schoolId == '" + home + "' }.assignedOut", equalTo(1));
    }
}
