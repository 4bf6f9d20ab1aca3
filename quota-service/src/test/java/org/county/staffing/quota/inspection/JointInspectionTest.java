package org.county.staffing.quota.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.as;
import static org.county.staffing.quota.support.Quota.events;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.quota.support.CountyState;
import org.county.staffing.quota.support.StaffingEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A joint inspection (组织、人社、纪检、巡察 with the staffing office): each finding names the
 * department that must rectify it and a deadline; a finding still open after its deadline is
 * flagged once, with an event; the auditor reads all of it.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class JointInspectionTest {

    @Inject
    DataSource dataSource;

    @Inject
    PlatformClock clock;

    @Inject
    RectificationOverdueCheck overdueCheck;

    @Test
    void findingsNameTheirDepartmentAndDeadlineAndAnOpenOneIsFlaggedOnceWhenOverdue() {
        String county = newCounty();
        String school = register(county, "SCHOOL", List.of("PRIMARY"), "TOWN", "沙河学区");
        allocate(county, school, 1);
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        StaffingEvents.postEstablished(county, p1, school, "TEACHING", "CHINESE");
        StaffingEvents.postEstablished(county, p2, school, "TEACHING", "MATHEMATICS");
        UUID t1 = UUID.randomUUID();
        UUID t2 = UUID.randomUUID();
        StaffingEvents.appoint(county, t1, p1, school, LocalDate.of(2015, 9, 1));
        StaffingEvents.appoint(county, t2, p2, school, LocalDate.of(2020, 9, 1));
        StaffingEvents.secondedWithoutApproval(county, t1, school, p1, LocalDate.of(2026, 3, 1), LocalDate.of(2099, 2, 28));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> office(county).get("/schools/" + school + "/quota").then()
                .statusCode(200).body("staffAppointed", equalTo(2)).body("secondedOut", equalTo(1)));

        JsonPath inspection = office(county).body(Map.of("note", "联合专项督查",
                        "departments", List.of("PATROL", "HR", "ORGANISATION", "DISCIPLINE_INSPECTION"), "rectificationDays", 30))
                .post("/inspections").then().statusCode(201).extract().jsonPath();
        String inspectionId = inspection.getString("id");
        assertThat(inspection.getList("departments"))
                .containsExactly("ORGANISATION", "HR", "DISCIPLINE_INSPECTION", "PATROL", "STAFFING_OFFICE");
        assertThat(inspection.getInt("rectificationDays")).isEqualTo(30);
        LocalDate due = LocalDate.parse(inspection.getString("inspectedOn")).plusDays(30);
        List<Map<String, Object>> findings = inspection.getList("findings");
        assertThat(findings).extracting(f -> f.get("kind") + "/" + f.get("responsibleDepartment") + "/" + f.get("rectificationDue"))
                .containsExactlyInAnyOrder("IRREGULAR_SECONDMENT/ORGANISATION/" + due, "OFF_QUOTA_HIRING/HR/" + due);
        String secondment = id(findings, "IRREGULAR_SECONDMENT");
        String hiring = id(findings, "OFF_QUOTA_HIRING");

        // the auditor reads the inspection and its findings with their departments and deadlines
        as(county, "auditor").get("/inspections/" + inspectionId).then().statusCode(200)
                .body("departments.size()", equalTo(5)).body("findings.size()", equalTo(2));
        as(county, "auditor").get("/findings/" + secondment).then().statusCode(200)
                .body("responsibleDepartment", equalTo("ORGANISATION")).body("rectificationDue", equalTo(due.toString()));

        office(county).body(Map.of("note", "已清退编外人员")).post("/findings/" + hiring + "/rectification").then().statusCode(200);

        LocalDate pinned = clock.today();
        try {
            clock.useFixed(due);
            overdueCheck.run();
            as(county, "auditor").get("/findings/" + secondment).then().body("overdueOn", equalTo(null));

            clock.useFixed(due.plusDays(1));
            overdueCheck.run();
            overdueCheck.run();
            as(county, "auditor").get("/findings/" + secondment).then().body("overdueOn", equalTo(due.plusDays(1).toString()));
            as(county, "auditor").get("/findings/" + hiring).then().body("overdueOn", equalTo(null)).body("status", equalTo("RECTIFIED"));
        } finally {
            clock.useFixed(pinned);
        }
        CloudEvent overdue = events(secondment, "quota.finding.overdue.v1", 1).get(0);
        assertThat(overdue.data().path("responsibleDepartment").asText()).isEqualTo("ORGANISATION");
        assertThat(overdue.data().path("rectificationDue").asText()).isEqualTo(due.toString());
        assertThat(overdue.data().path("inspectionId").asText()).isEqualTo(inspectionId);
        assertThat(CountyState.query(dataSource, "select count(*) from outbox_event where aggregate_id = ? and event_type = ?",
                secondment, "quota.finding.overdue.v1")).as("flagged once").isEqualTo(1);
        assertThat(CountyState.query(dataSource, "select count(*) from outbox_event where aggregate_id = ? and event_type = ?",
                hiring, "quota.finding.overdue.v1")).as("a rectified finding is not overdue").isZero();
    }

    static String id(List<Map<String, Object>> findings, String kind) {
        return findings.stream().filter(f -> kind.equals(f.get("kind"))).map(f -> (String) f.get("id")).findFirst().orElseThrow();
    }
}
