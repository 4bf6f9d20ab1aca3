package org.county.staffing.quota.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.quota.support.Quota.allocate;
import static org.county.staffing.quota.support.Quota.as;
import static org.county.staffing.quota.support.Quota.events;
import static org.county.staffing.quota.support.Quota.newCounty;
import static org.county.staffing.quota.support.Quota.office;
import static org.county.staffing.quota.support.Quota.register;
import static org.county.staffing.quota.support.Quota.send;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.post.PostAbolished;
import org.county.staffing.contracts.recruitment.SecondmentEnded;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.county.staffing.contracts.recruitment.TeacherSeconded;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.contracts.recruitment.TeacherUpdated;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.quota.support.CountyState;
import org.county.staffing.quota.support.StaffingEvents;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The usage read model kept from post-service's and recruitment-service's events on the real
 * broker, and the special inspection that reads it.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class UsageAndInspectionTest {

    @Inject
    DataSource dataSource;

    @Inject
    PlatformClock clock;

    String county;

    final Map<UUID, UUID> appointmentIds = new HashMap<>();

    void post(UUID postId, String school, String category, String subject) {
        StaffingEvents.postEstablished(county, postId, school, category, subject);
    }

    UUID appoint(UUID teacher, UUID postId, String school, LocalDate from) {
        UUID appointment = StaffingEvents.appoint(county, teacher, postId, school, from);
        appointmentIds.put(teacher, appointment);
        return appointment;
    }

    @Test
    void theReadModelFollowsOtherDepartmentsAndTheInspectionFindsEachKindOfIrregularity() {
        county = newCounty();
        String a = register(county, "SCHOOL", List.of("PRIMARY"), "TOWN", "沙河学区");
        String b = register(county, "SCHOOL", List.of("PRIMARY"), "URBAN", "城区学区");
        allocate(county, a, 2);
        allocate(county, b, 5);
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        UUID p3 = UUID.randomUUID();
        UUID p5 = UUID.randomUUID();
        UUID p6 = UUID.randomUUID();
        post(p1, a, "TEACHING", "CHINESE");
        post(p2, a, "TEACHING", "MATHEMATICS");
        post(p3, a, "TEACHING", "ENGLISH");
        post(p5, a, "TEACHING", "MUSIC");
        post(p6, b, "TEACHING", "PE");
        UUID t1 = UUID.randomUUID();
        UUID t2 = UUID.randomUUID();
        UUID t3 = UUID.randomUUID();
        UUID t4 = UUID.randomUUID();
        UUID t5 = UUID.randomUUID();
        appoint(t1, p1, a, LocalDate.of(2015, 9, 1));
        appoint(t2, p2, a, LocalDate.of(2018, 9, 1));
        UUID third = appoint(t3, p3, a, LocalDate.of(2025, 9, 1));
        UUID elsewhere = appoint(t4, p5, b, LocalDate.of(2024, 9, 1));
        UUID retired = appoint(t5, p6, b, LocalDate.of(1995, 9, 1));
        send(TeacherUpdated.TYPE, t5.toString(), county, StaffingEvents.profile(t5, county, "RETIRED"));
        UUID secondment = UUID.randomUUID();
        send(TeacherSeconded.TYPE, t2.toString(), county, new TeacherSeconded(secondment, t2, a, p2, "市招商局",
                LocalDate.of(2026, 3, 1), clock.today().plusMonths(6), null)); // still running whatever the day

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> office(county).get("/schools/" + a + "/quota").then()
                .statusCode(200).body("postsEstablished", equalTo(4)).body("staffAppointed", equalTo(3))
                .body("secondedOut", equalTo(1)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(CountyState.query(dataSource,
                "select count(*) from known_teacher where teacher_id = ? and status = 'RETIRED'", t5)).isEqualTo(1));
        as(county, "school").get("/schools/" + a + "/quota").then().statusCode(403);
        office(county).get("/schools/" + a + "/quota").then()
                .body("allocated", equalTo(2)).body("status", equalTo("OVER_STAFFED")).body("free", equalTo(-1))
                .body("postsBeyondQuota", equalTo(2));
        office(county).get("/schools/" + b + "/quota").then().body("staffAppointed", equalTo(2)).body("status", equalTo("UNDER_STAFFED"));
        office(county).get("/quotas?status=OVER_STAFFED").then().statusCode(200).body("schoolId", equalTo(List.of(a)));

        JsonPath inspection = office(county).body(Map.of("note", "2026年第二次专项督查")).post("/inspections").then().statusCode(201)
                .extract().jsonPath();
        String inspectionId = inspection.getString("id");
        assertThat(inspection.getInt("schoolsInspected")).isEqualTo(2);
        List<Map<String, Object>> findings = inspection.getList("findings");
        assertThat(findings).extracting(f -> f.get("kind") + "/" + f.get("rule") + "/" + f.get("schoolId")).containsExactlyInAnyOrder(
                "MIXED_POSTS/POST_OF_ANOTHER_SCHOOL/" + b,
                "QUOTA_OCCUPIED/APPOINTEE_IN_SERVICE/" + b,
                "IRREGULAR_SECONDMENT/SECONDMENT_APPROVED/" + a,
                "OFF_QUOTA_HIRING/APPOINTMENTS_WITHIN_QUOTA/" + a);
        assertThat(findings).allMatch(f -> "OPEN".equals(f.get("status")) && Boolean.FALSE.equals(f.get("recurring")));
        assertThat(evidence(findings, "POST_OF_ANOTHER_SCHOOL")).contains("appointment:" + elsewhere, "post:" + p5);
        assertThat(evidence(findings, "APPOINTEE_IN_SERVICE")).contains("appointment:" + retired, "teacher:" + t5);
        assertThat(evidence(findings, "SECONDMENT_APPROVED")).contains("secondment:" + secondment);
        assertThat(evidence(findings, "APPOINTMENTS_WITHIN_QUOTA")).containsExactly("appointment:" + third);
        assertThat(inspection.getInt("counts.OFF_QUOTA_HIRING")).isEqualTo(1);
        String secondmentFinding = id(findings, "SECONDMENT_APPROVED");
        assertThat(events(secondmentFinding, "quota.finding.raised.v1", 1)).singleElement().satisfies(e -> {
            assertThat(e.data().path("inspectionId").asText()).isEqualTo(inspectionId);
            assertThat(e.data().path("kind").asText()).isEqualTo("IRREGULAR_SECONDMENT");
            assertThat(e.data().path("evidence").findValuesAsText("type")).contains("secondment", "teacher");
            assertThat(e.data().path("description").path("zh").asText()).contains("未经批准");
        });

        // the same irregularities found again are the same open findings, not new ones
        long open = CountyState.of(dataSource, county).get("findings");
        JsonPath again = office(county).body(Map.of()).post("/inspections").then().statusCode(201).extract().jsonPath();
        assertThat(again.<Map<String, Object>>getList("findings")).allMatch(f -> Boolean.TRUE.equals(f.get("recurring")));
        assertThat(id(again.getList("findings"), "SECONDMENT_APPROVED")).isEqualTo(secondmentFinding);
        assertThat(CountyState.of(dataSource, county).get("findings")).isEqualTo(open);
        office(county).get("/inspections/" + inspectionId).then().statusCode(200).body("findings.size()", equalTo(4));

        // OPEN -> RECTIFIED -> CLOSED, and closed only once a re-check no longer finds it
        office(county).body(Map.of("note", "已补办审批")).post("/findings/" + secondmentFinding + "/closure").then()
                .statusCode(409).body("rule", equalTo("FINDING_LIFECYCLE"));
        office(county).body(Map.of("note", "借调人员已通知返岗")).post("/findings/" + secondmentFinding + "/rectification").then()
                .statusCode(200).body("status", equalTo("RECTIFIED")).body("rectificationNote", equalTo("借调人员已通知返岗"));
        office(county).body(Map.of("note", "复查")).post("/findings/" + secondmentFinding + "/closure").then()
                .statusCode(409).body("rule", equalTo("FINDING_RESOLVED"));
        send(SecondmentEnded.TYPE, t2.toString(), county, new SecondmentEnded(secondment, t2, a, LocalDate.of(2026, 11, 20)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                office(county).get("/schools/" + a + "/quota").then().body("secondedOut", equalTo(0)));
        office(county).body(Map.of("note", "复查：已返岗")).post("/findings/" + secondmentFinding + "/closure").then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("closedBy", equalTo("staffing-office:staffingoffice-user"));
        assertThat(events(secondmentFinding, "quota.finding.rectified.v1", 1)).hasSize(1);
        assertThat(events(secondmentFinding, "quota.finding.closed.v1", 1).get(0).data().path("note").asText()).isEqualTo("复查：已返岗");
        office(county).get("/findings?status=OPEN").then().body("size()", equalTo(3));

        // a post abolished under its teacher: hiring outside established posts
        send(PostAbolished.TYPE, p1.toString(), county,
                new PostAbolished(p1, a, county, "TEACHING", "CHINESE", "SECOND", "layout", null));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                office(county).get("/schools/" + a + "/quota").then().body("postsEstablished", equalTo(3)));
        JsonPath third2 = office(county).body(Map.of("schoolIds", List.of(a))).post("/inspections").then().statusCode(201)
                .extract().jsonPath();
        assertThat(third2.<Map<String, Object>>getList("findings")).extracting(f -> f.get("rule"))
                .containsExactlyInAnyOrder("APPOINTMENTS_WITHIN_QUOTA", "APPOINTMENT_ON_ESTABLISHED_POST");

        // a transfer ends one appointment and starts the next; a teacher leaving ends theirs
        UUID p7 = UUID.randomUUID();
        post(p7, b, "TEACHING", "ENGLISH");
        send(TeacherTransferred.TYPE, t3.toString(), county, new TeacherTransferred(t3, third, p3, a, UUID.randomUUID(), p7, b,
                "TEACHING", "ENGLISH", LocalDate.of(2026, 9, 1), null, null, null, null, null, null));
        send(TeacherLeft.TYPE, t1.toString(), county,
                new TeacherLeft(t1, appointmentIds.get(t1), p1, a, "RETIRED", LocalDate.of(2026, 10, 31)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            office(county).get("/schools/" + a + "/quota").then().body("staffAppointed", equalTo(1)).body("status", equalTo("UNDER_STAFFED"));
            office(county).get("/schools/" + b + "/quota").then().body("staffAppointed", equalTo(3));
        });
    }

    @SuppressWarnings("unchecked")
    static List<String> evidence(List<Map<String, Object>> findings, String rule) {
        Map<String, Object> finding = findings.stream().filter(f -> rule.equals(f.get("rule"))).findFirst().orElseThrow();
        return ((List<Map<String, String>>) finding.get("evidence")).stream().map(e -> e.get("type") + ":" + e.get("id")).toList();
    }

    static String id(List<Map<String, Object>> findings, String rule) {
        return (String) findings.stream().filter(f -> rule.equals(f.get("rule"))).findFirst().orElseThrow().get("id");
    }
}
