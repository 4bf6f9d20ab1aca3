package org.county.staffing.rotation.community;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.awaitility.Awaitility;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.county.staffing.contracts.rotation.TeacherShared;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.county.staffing.rotation.staffing.KnownAssignment;
import org.county.staffing.rotation.support.Feed;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Shared teachers of a development community (issue 14.2): the bureau or the leading school assigns a
 * teacher of a surplus subject to teach part-time at a member school with a shortage; the community's
 * figures count them, and the round's planner counts the shortage as covered by whole posts of hours.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
class SharedTeachersTest {

    /** A community of three schools: s1 leads with two MUSIC teachers, s2 has a vacant MUSIC post, s3 none. */
    record Setup(String county, String s1, String s2, String s3, String outside, String communityId,
                 String t1, String t2, String t3) {

        String bureau() {
            return CommunityResourceTest.bureau(county);
        }

        String school(String schoolId) {
            return TestTokens.user("xiaozhang-" + schoolId).role("school").school(schoolId).county(county).token();
        }
    }

    static Setup setup() {
        String[] s = CommunityResourceTest.schools(4);
        String county = s[0];
        String t1 = UUID.randomUUID().toString();
        String t2 = UUID.randomUUID().toString();
        String t3 = UUID.randomUUID().toString();
        try (Feed feed = new Feed(county)) {
            for (int i = 1; i <= 4; i++) {
                feed.allocation(s[i], 10);
            }
            String music1 = feed.post(s[1], "TEACHING", "MUSIC");
            String music2 = feed.post(s[1], "TEACHING", "MUSIC");
            feed.post(s[2], "TEACHING", "MUSIC");
            String music3 = feed.post(s[3], "TEACHING", "MUSIC");
            feed.teacherRegistered(t1, "MUSIC", LocalDate.of(1985, 3, 1), "FEMALE", LocalDate.of(2008, 9, 1), false, false, "ACTIVE");
            feed.teacherRegistered(t2, "MUSIC", LocalDate.of(1986, 3, 1), "MALE", LocalDate.of(2009, 9, 1), false, false, "ACTIVE");
            feed.teacherRegistered(t3, "MUSIC", LocalDate.of(1987, 3, 1), "MALE", LocalDate.of(2010, 9, 1), false, false, "ACTIVE");
            feed.flush();
            feed.appointed(t1, music1, s[1], "MUSIC", LocalDate.of(2012, 9, 1));
            feed.appointed(t2, music2, s[1], "MUSIC", LocalDate.of(2013, 9, 1));
            feed.appointed(t3, music3, s[3], "MUSIC", LocalDate.of(2014, 9, 1));
            feed.flush();
        }
        String bureau = CommunityResourceTest.bureau(county);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                staff(bureau, s[1]) == 2 && staff(bureau, s[3]) == 1 && vacancies(bureau, s[2], "MUSIC") == 1);
        String communityId = given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(Map.of("name", "音乐共同体" + county, "leadSchoolId", s[1], "memberSchoolIds", List.of(s[2], s[3])))
                .post("/communities").then().statusCode(201).extract().path("communityId");
        return new Setup(county, s[1], s[2], s[3], s[4], communityId, t1, t2, t3);
    }

    private static int staff(String token, String schoolId) {
        JsonPath picture = given().auth().oauth2(token).get("/schools/" + schoolId + "/staffing").then().extract().jsonPath();
        Integer staff = picture.get("staff");
        return staff == null ? -1 : staff;
    }

    private static int vacancies(String token, String schoolId, String subject) {
        JsonPath picture = given().auth().oauth2(token).get("/schools/" + schoolId + "/staffing").then().extract().jsonPath();
        List<Map<String, Object>> lines = picture.getList("subjects");
        if (lines == null) {
            return -1;
        }
        return lines.stream().filter(l -> subject.equals(l.get("subject"))).map(l -> (Integer) l.get("vacancies"))
                .findFirst().orElse(-1);
    }

    static Map<String, Object> sharing(String teacherId, String host, int hours, String from, String to) {
        Map<String, Object> body = new HashMap<>();
        body.put("teacherId", teacherId);
        body.put("hostSchoolId", host);
        body.put("subject", "MUSIC");
        body.put("hoursPerWeek", hours);
        body.put("startsOn", from);
        body.put("endsOn", to);
        return body;
    }

    @Test
    void theBureauAndTheLeadingSchoolShareTeachersAndTheFiguresCountThem() {
        Setup c = setup();
        String path = "/communities/" + c.communityId() + "/shared-teachers";

        JsonPath shared = given().auth().oauth2(c.bureau()).contentType(ContentType.JSON)
                .body(sharing(c.t1(), c.s2(), 8, "2026-09-01", "2027-01-31")).post(path)
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("homeSchoolId", equalTo(c.s1())).body("hostSchoolId", equalTo(c.s2()))
                .body("subject", equalTo("MUSIC")).body("hoursPerWeek", equalTo(8)).extract().jsonPath();
        given().auth().oauth2(c.school(c.s1())).contentType(ContentType.JSON)
                .body(sharing(c.t2(), c.s2(), 8, "2026-09-01", "2027-07-15")).post(path).then().statusCode(201);

        List<CloudEvent> events = TopicRecords.shared().await("rotation.events", r -> c.communityId().equals(r.key()), 3,
                Duration.ofSeconds(30), Duration.ofSeconds(1)).stream().map(r -> CloudEventCodec.decode(r.value()))
                .filter(e -> e.is(TeacherShared.TYPE)).toList();
        assertThat(events).hasSize(2);
        TeacherShared first = events.stream().map(e -> e.data(TeacherShared.TYPE))
                .filter(e -> e.sharingId().toString().equals(shared.getString("sharingId"))).findFirst().orElseThrow();
        assertThat(first.teacherId().toString()).isEqualTo(c.t1());
        assertThat(first.countyId()).isEqualTo(c.county());
        assertThat(first.hoursPerWeek()).isEqualTo(8);
        assertThat(first.endsOn()).isEqualTo(LocalDate.of(2027, 1, 31));

        assertThat(given().auth().oauth2(c.school(c.s2())).get(path + "?schoolYear=2026-2027").then().statusCode(200)
                .extract().jsonPath().getList("teacherId")).containsExactlyInAnyOrder(c.t1(), c.t2());
        assertThat(given().auth().oauth2(c.bureau()).get(path + "?schoolYear=2027-2028").then().statusCode(200)
                .extract().jsonPath().getList("$")).isEmpty();

        JsonPath stats = given().auth().oauth2(c.bureau()).get("/communities/" + c.communityId() + "/stats?schoolYear=2026-2027")
                .then().statusCode(200).extract().jsonPath();
        assertThat(stats.getInt("teachersShared")).isEqualTo(2);
        assertThat(stats.getInt("sharedHoursPerWeek")).isEqualTo(16);
        assertThat(stats.getMap("byKind")).containsKeys("TEACHING_RESEARCH", "LECTURE", "LESSON_SENT", "TRAINING");
        JsonPath county = given().auth().oauth2(c.bureau()).get("/communities/stats?schoolYear=2026-2027")
                .then().statusCode(200).extract().jsonPath();
        assertThat(county.getInt("teachersShared")).isEqualTo(2);
        assertThat(county.getInt("sharedHoursPerWeek")).isEqualTo(16);
        assertThat(given().auth().oauth2(c.bureau()).get("/communities/" + c.communityId() + "/stats?schoolYear=2027-2028")
                .then().statusCode(200).extract().jsonPath().getInt("teachersShared")).isZero();
    }

    @Test
    void onlyTheBureauAndTheLeadingSchoolAssign() {
        Setup c = setup();
        String path = "/communities/" + c.communityId() + "/shared-teachers";
        Map<String, Object> body = sharing(c.t1(), c.s2(), 4, "2026-09-01", "2027-01-31");
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
        given().get(path).then().statusCode(401);
        for (String role : List.of("hr", "staffing-office", "auditor", "teacher")) {
            given().auth().oauth2(TestTokens.user("u-" + role).role(role).county(c.county()).token())
                    .contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.user("u-teacher").role("teacher").county(c.county()).token())
                .get(path).then().statusCode(403);
        given().auth().oauth2(c.school(c.s2())).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(403).contentType("application/problem+json").body("rule", equalTo("COMMUNITY_LEAD_SHARES"));
        given().auth().oauth2(CommunityResourceTest.bureau(Feed.newCounty())).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(404).body("rule", equalTo("COMMUNITY_EXISTS"));
        assertThat(given().auth().oauth2(c.bureau()).get(path).then().statusCode(200).extract().jsonPath().getList("$"))
                .isEmpty();
    }

    @Test
    void aSharingIsRefusedOutsideTheCommunityWithoutAShortageOrBeyondTheHours() {
        Setup c = setup();
        String path = "/communities/" + c.communityId() + "/shared-teachers";
        String bureau = c.bureau();
        String[][] refusals = {
                {c.t1(), c.outside(), "4", "2026-09-01", "2027-01-31", "422", "SHARED_HOST_IN_COMMUNITY"},
                {c.t1(), c.s1(), "4", "2026-09-01", "2027-01-31", "422", "SHARED_HOST_IN_COMMUNITY"},
                {c.t1(), c.s3(), "4", "2026-09-01", "2027-01-31", "422", "SHARED_HOST_SHORTAGE"},
                {c.t1(), c.s2(), "13", "2026-09-01", "2027-01-31", "422", "SHARED_HOURS_RANGE"},
                {c.t1(), c.s2(), "0", "2026-09-01", "2027-01-31", "400", "SHARED_HOURS_RANGE"},
                {c.t1(), c.s2(), "4", "2027-01-31", "2026-09-01", "422", "SHARED_TERM_ORDER"},
                {UUID.randomUUID().toString(), c.s2(), "4", "2026-09-01", "2027-01-31", "404", "TEACHER_EXISTS"},
        };
        for (String[] r : refusals) {
            given().auth().oauth2(bureau).contentType(ContentType.JSON)
                    .body(sharing(r[0], r[1], Integer.parseInt(r[2]), r[3], r[4])).post(path)
                    .then().statusCode(Integer.parseInt(r[5])).contentType("application/problem+json")
                    .body("rule", equalTo(r[6]));
        }
        Map<String, Object> unknownSubject = sharing(c.t1(), c.s2(), 4, "2026-09-01", "2027-01-31");
        unknownSubject.put("subject", "ASTROLOGY");
        given().auth().oauth2(bureau).contentType(ContentType.JSON).body(unknownSubject).post(path)
                .then().statusCode(400).body("rule", equalTo("SUBJECT_KNOWN"));
        Map<String, Object> missing = sharing(c.t1(), c.s2(), 4, "2026-09-01", "2027-01-31");
        missing.remove("endsOn");
        given().auth().oauth2(bureau).contentType(ContentType.JSON).body(missing).post(path)
                .then().statusCode(400).body("rule", equalTo("SHARED_TERM_REQUIRED"));

        // a teacher teaches at most 12 hours a week at member schools in a term, all sharings together
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(sharing(c.t1(), c.s2(), 8, "2026-09-01", "2027-01-31")).post(path).then().statusCode(201);
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(sharing(c.t1(), c.s2(), 5, "2026-12-01", "2027-03-31")).post(path)
                .then().statusCode(422).body("rule", equalTo("SHARED_HOURS_RANGE"));
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(sharing(c.t1(), c.s2(), 5, "2027-02-01", "2027-06-30")).post(path).then().statusCode(201);
        assertThat(given().auth().oauth2(bureau).get(path).then().statusCode(200).extract().jsonPath().getList("$"))
                .hasSize(2);
    }

    @Test
    void theRoundCountsAShortageCoveredByAFullPostOfSharedHours() {
        Setup c = setup();
        String bureau = c.bureau();
        IntSupplier vacancies = roundVacancies(c);
        assertThat(vacancies.getAsInt()).isEqualTo(1);

        String path = "/communities/" + c.communityId() + "/shared-teachers";
        // 8 hours are half a post: the vacancy stays open
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(sharing(c.t1(), c.s2(), 8, "2026-09-01", "2027-07-15")).post(path).then().statusCode(201);
        assertThat(vacancies.getAsInt()).isEqualTo(1);
        // 16 hours, a full post (rotation.sharing.full-post-hours): covered
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(sharing(c.t2(), c.s2(), 8, "2026-09-01", "2027-07-15")).post(path).then().statusCode(201);
        assertThat(vacancies.getAsInt()).isZero();
    }

    /**
     * Rule SHARED_HOURS_COVER for assignments recruitment-service carries out: an itinerant teacher's hours
     * count with the community's shared hours (8 + 8 hours are one post), a support-teaching teacher covers a
     * whole post, and an ended assignment covers nothing more.
     */
    @Test
    void theRoundCountsItinerantHoursAndTemporaryAssignmentsAsCover() {
        Setup c = setup();
        String bureau = c.bureau();
        IntSupplier vacancies = roundVacancies(c);
        assertThat(vacancies.getAsInt()).isEqualTo(1);

        UUID itinerant = UUID.randomUUID();
        UUID itinerantTeacher = UUID.fromString(c.t3());
        LocalDate start = LocalDate.of(2026, 9, 1);
        LocalDate end = LocalDate.of(2027, 7, 15);
        try (Feed feed = new Feed(c.county())) {
            feed.send(TeacherAssigned.TYPE, c.t3(), new TeacherAssigned(itinerant, itinerantTeacher, "ITINERANT",
                    UUID.randomUUID(), c.s3(), c.s2(), null, 8, 16, start, end, null, null, null, new BigDecimal("0.5")));
            feed.flush();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> assignmentKnown(itinerant));
        // half a post: the vacancy stays open
        assertThat(vacancies.getAsInt()).isEqualTo(1);
        // with 8 hours of a shared teacher of the community, one post
        given().auth().oauth2(bureau).contentType(ContentType.JSON)
                .body(sharing(c.t1(), c.s2(), 8, "2026-09-01", "2027-07-15"))
                .post("/communities/" + c.communityId() + "/shared-teachers").then().statusCode(201);
        assertThat(vacancies.getAsInt()).isZero();

        // the itinerant assignment ends before the year: half a post again
        try (Feed feed = new Feed(c.county())) {
            feed.send(AssignmentEnded.TYPE, c.t3(), new AssignmentEnded(itinerant, itinerantTeacher, "ITINERANT",
                    UUID.randomUUID(), c.s3(), c.s2(), null, LocalDate.of(2026, 8, 31), "RETURNED"));
            feed.flush();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> vacancies.getAsInt() == 1);

        // a support-teaching teacher covers a whole post
        UUID support = UUID.randomUUID();
        try (Feed feed = new Feed(c.county())) {
            feed.send(TeacherAssigned.TYPE, c.t2(), new TeacherAssigned(support, UUID.fromString(c.t2()), "SUPPORT_TEACHING",
                    UUID.randomUUID(), c.s1(), c.s2(), null, null, 16, start, end, null, null, null, BigDecimal.ONE));
            feed.flush();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> assignmentKnown(support));
        assertThat(vacancies.getAsInt()).isZero();
    }

    /** Gives every school of the set-up a profile; then the vacancies a simulated round of 2026-2027 sees, on each call. */
    private static IntSupplier roundVacancies(Setup c) {
        String bureau = c.bureau();
        for (String school : List.of(c.s1(), c.s2(), c.s3(), c.outside())) {
            given().auth().oauth2(bureau).contentType(ContentType.JSON)
                    .body(Map.of("tier", "ORDINARY", "latitude", 36.8, "longitude", 121.5))
                    .put("/schools/" + school + "/profile").then().statusCode(200);
        }
        return () -> given().auth().oauth2(bureau).contentType(ContentType.JSON).body(Map.of("schoolYear", "2026-2027"))
                .post("/rounds/simulations").then().statusCode(200).extract().jsonPath().getInt("coverage.vacancies");
    }

    private static boolean assignmentKnown(UUID assignmentId) {
        return QuarkusTransaction.requiringNew().call(() -> KnownAssignment.findById(assignmentId) != null);
    }
}
