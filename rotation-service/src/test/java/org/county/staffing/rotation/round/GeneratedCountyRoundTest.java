package org.county.staffing.rotation.round;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.contracts.recruitment.PlanApproved;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanItem;
import org.county.staffing.contracts.rotation.MoveReturned;
import org.county.staffing.contracts.rotation.MoveStarted;
import org.county.staffing.contracts.rotation.RoundPlanned;
import org.county.staffing.contracts.rotation.RoundProposed;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.county.staffing.rotation.planner.DirectionRules;
import org.county.staffing.rotation.planner.PerTeacherReference;
import org.county.staffing.rotation.planner.ProblemGenerator;
import org.county.staffing.rotation.planner.SourceCaps;
import org.county.staffing.rotation.planner.TargetRule;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.support.Feed;
import org.county.staffing.rotation.support.GeneratedCounty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A generated county arrives as the other departments' events; the education bureau profiles its
 * schools, plans the round, compares, proposes it, and the executed plan starts the rotations.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedCountyRoundTest {

    static final ProblemGenerator.Scale SCALE = new ProblemGenerator.Scale("test-county", 1, 20, 4, 3, 20, 0.35);
    static final SchoolYear YEAR = new SchoolYear(2031);
    static GeneratedCounty county;
    static String roundId;
    static JsonPath round;

    static String bureau() {
        return TestTokens.user("jiaoyuju").role("education-bureau").county(county.county).token();
    }

    static GeneratedCounty county() {
        if (county == null) {
            String id = Feed.newCounty();
            try (Feed feed = new Feed(id)) {
                county = GeneratedCounty.feed(SCALE, 7, YEAR, feed, id);
            }
            // the schools arrive as events: a profile is accepted once its school's registration has been consumed
            for (PlanSchool school : county.expected.schools()) {
                Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() ->
                        given().auth().oauth2(bureau()).contentType(ContentType.JSON)
                                .body(Map.of("tier", school.tier().name(), "latitude", school.latitude(), "longitude", school.longitude()))
                                .put("/schools/" + school.id() + "/profile").then().extract().statusCode() == 200);
            }
            int due = county.expected.candidates().size();
            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    given().auth().oauth2(bureau()).get("/rounds/" + YEAR + "/due").then().extract().path("due")
                            .equals(due) && allVacanciesArrived());
        }
        return county;
    }

    private static boolean allVacanciesArrived() {
        for (PlanSchool school : county.expected.schools()) {
            JsonPath staffing = given().auth().oauth2(bureau()).get("/schools/" + school.id() + "/staffing").then()
                    .statusCode(200).extract().jsonPath();
            int expected = county.expected.positions().stream().filter(p -> p.schoolId().equals(school.id()))
                    .mapToInt(SubjectPosition::vacancies).sum();
            int actual = staffing.getList("subjects.vacancies", Integer.class).stream().mapToInt(Integer::intValue).sum();
            if (expected != actual || staffing.getInt("staff") != school.staff()) {
                return false;
            }
        }
        return true;
    }

    @Test
    @Order(1)
    void theDueListIsReadableAndExplainsExemptions() {
        county();
        JsonPath due = given().auth().oauth2(bureau()).get("/rounds/" + YEAR + "/due").then().statusCode(200).extract().jsonPath();
        assertThat(due.getInt("due")).isEqualTo(county.expected.candidates().size());
        assertThat(due.getInt("target")).isEqualTo(TargetRule.target(due.getInt("due"), new BigDecimal("0.15")));
        assertThat(due.getInt("dueYears")).isEqualTo(6);
        // an exemption for the next year shows with its reason and leaves this year alone
        String teacher = county.expected.candidates().get(0).teacherId();
        given().auth().oauth2(bureau()).contentType(ContentType.JSON)
                .body(Map.of("teacherId", teacher, "schoolYear", YEAR.next().toString(), "reason", "产假（maternity leave）"))
                .post("/exemptions").then().statusCode(201);
        given().auth().oauth2(bureau()).contentType(ContentType.JSON)
                .body(Map.of("teacherId", teacher, "schoolYear", YEAR.next().toString(), "reason", "again"))
                .post("/exemptions").then().statusCode(409).body("rule", equalTo("EXEMPTION_ONCE_PER_YEAR"));
        JsonPath next = given().auth().oauth2(bureau()).get("/rounds/" + YEAR.next() + "/due").then().statusCode(200).extract().jsonPath();
        Map<String, Object> line = next.getMap("teachers.find { it.teacherId == '" + teacher + "' }");
        assertThat(line.get("status")).isEqualTo("EXEMPT");
        assertThat(next.getList("teachers.find { it.teacherId == '" + teacher + "' }.exemptions.kind")).containsExactly("MANUAL");
        // a school user sees its own teachers only
        String school = county.expected.candidates().get(0).schoolId();
        List<String> schools = given().auth().oauth2(TestTokens.user("xz").role("school").school(school).county(county.county).token())
                .get("/rounds/" + YEAR + "/due").then().statusCode(200).extract().jsonPath().getList("teachers.schoolId");
        assertThat(schools).isNotEmpty().containsOnly(school);
    }

    @Test
    @Order(2)
    void badRoundsAreRefusedWithTheirRule() {
        county();
        given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("schoolYear", YEAR.toString(), "share", 0))
                .post("/rounds").then().statusCode(400).body("rule", equalTo("ROUND_SHARE_RANGE")).body("field", equalTo("share"));
        given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("schoolYear", YEAR.toString(), "share", 1.5))
                .post("/rounds").then().statusCode(400).body("rule", equalTo("ROUND_SHARE_RANGE"));
        given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("schoolYear", "2031/32"))
                .post("/rounds").then().statusCode(400).body("rule", equalTo("SCHOOL_YEAR_FORMAT"));
        // a county without data: the 409 says what is missing
        String empty = TestTokens.user("jiaoyuju").role("education-bureau").county(Feed.newCounty()).token();
        given().auth().oauth2(empty).contentType(ContentType.JSON).body(Map.of("schoolYear", YEAR.toString()))
                .post("/rounds").then().statusCode(409).contentType("application/problem+json")
                .body("rule", equalTo("ROUND_DATA_COMPLETE")).body("field", equalTo("schools"))
                .body("reason.zh", org.hamcrest.Matchers.containsString("学校"));
        // a year in which nobody has six years yet
        given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("schoolYear", "2000-2001"))
                .post("/rounds").then().statusCode(409).body("rule", equalTo("ROUND_DATA_COMPLETE")).body("field", equalTo("due"));
    }

    @Test
    @Order(3)
    void aSimulationIsNotSaved() {
        county();
        given().auth().oauth2(bureau()).contentType(ContentType.JSON)
                .body(Map.of("schoolYear", YEAR.toString(), "share", 0.3, "parameters", Map.of("weights", Map.of("travelPerKm", 0))))
                .post("/rounds/simulations").then().statusCode(200).body("id", nullValue()).body("status", equalTo("SIMULATED"))
                .body("parameters.weights.travelPerKm", equalTo(0));
        given().auth().oauth2(bureau()).get("/rounds?schoolYear=" + YEAR).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @Order(4)
    void theRoundMovesFifteenPercentOptimallyAndEveryMoveObeysTheDirectionRules() {
        county();
        round = given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("schoolYear", YEAR.toString()))
                .post("/rounds").then().statusCode(201).extract().jsonPath();
        roundId = round.getString("id");
        int due = county.expected.candidates().size();
        int target = TargetRule.target(due, new BigDecimal("0.15"));
        assertThat(round.getInt("due")).isEqualTo(due);
        assertThat(round.getInt("target")).isEqualTo(target);
        List<Map<String, Object>> moves = round.getList("moves");
        // exactly the target, or fewer with every missing move explained
        if (moves.size() < target) {
            assertThat(round.getInt("gap")).isEqualTo(target - moves.size());
            assertThat(round.getList("gapReasons.code")).contains("MAX_FEASIBLE_MOVES");
        } else {
            assertThat(moves).hasSize(target);
            assertThat(round.getList("gapReasons")).isEmpty();
        }
        // the cost is the optimum of the per-teacher reference, by both solvers
        assertThat(round.getLong("objective")).isEqualTo(PerTeacherReference.jgrapht(county.expected).cost())
                .isEqualTo(PerTeacherReference.orTools(county.expected).cost());
        Map<String, SubjectPosition> positions = new HashMap<>();
        county.expected.positions().forEach(p -> positions.put(p.schoolId() + "|" + p.subject(), p));
        Map<String, Integer> leaving = new HashMap<>();
        Set<Object> posts = new HashSet<>();
        long sum = 0;
        for (Map<String, Object> move : moves) {
            PlanSchool from = county.schools.get((String) move.get("fromSchoolId"));
            PlanSchool to = county.schools.get((String) move.get("toSchoolId"));
            String subject = (String) move.get("subject");
            var directions = DirectionRules.satisfied(from, positions.get(from.id() + "|" + subject), to, positions.get(to.id() + "|" + subject));
            assertThat(directions).isNotEmpty();
            assertThat((List<String>) move.get("directions")).containsExactlyElementsOf(directions.stream().map(Enum::name).toList());
            assertThat(move.get("toPostId")).isNotNull();
            assertThat(posts.add(move.get("toPostId"))).as("a vacant post is taken once").isTrue();
            assertThat((List<Map<String, Object>>) move.get("reasons")).extracting(r -> r.get("code")).contains("SHORTAGE_FILLED", "COST_TERMS");
            leaving.merge(from.id(), 1, Integer::sum);
            sum += ((Number) move.get("cost")).longValue();
        }
        assertThat(sum).isEqualTo(round.getLong("objective"));
        leaving.forEach((school, n) -> assertThat(n).isLessThanOrEqualTo(SourceCaps.school(county.schools.get(school), county.expected.parameters())));
        for (Map<String, Object> unmet : round.<Map<String, Object>>getList("unmet")) {
            assertThat(((Map<String, Object>) unmet.get("why")).get("code")).isIn("NO_ELIGIBLE_GIVER", "TARGET_REACHED", "GIVERS_EXHAUSTED");
        }
        List<ConsumerRecord<String, byte[]>> planned = TopicRecords.shared().await("rotation.events", r -> roundId.equals(r.key()), 1,
                Duration.ofSeconds(30), Duration.ZERO);
        CloudEvent event = CloudEventCodec.decode(planned.get(0).value());
        assertThat(event.type()).isEqualTo("rotation.round.planned.v1");
        assertThat(event.data(RoundPlanned.TYPE).objective()).isEqualTo(round.getLong("objective"));
        assertThat(event.countyId()).isEqualTo(county.county);
        given().auth().oauth2(TestTokens.user("renshe").role("hr").county(county.county).token()).get("/rounds/" + roundId)
                .then().statusCode(200).body("objective", equalTo(round.getInt("objective"))).body("moves.size()", equalTo(moves.size()));
    }

    @Test
    @Order(5)
    void twoPlansCompareSideBySide() {
        county();
        JsonPath comparison = given().auth().oauth2(bureau()).contentType(ContentType.JSON)
                .body(Map.of("schoolYear", YEAR.toString(), "left", Map.of("roundId", roundId), "right", Map.of("share", 0.3)))
                .post("/rounds/comparisons").then().statusCode(200).extract().jsonPath();
        assertThat(comparison.getString("left.roundId")).isEqualTo(roundId);
        assertThat(comparison.getInt("left.moves")).isEqualTo(round.getList("moves").size());
        assertThat(comparison.getInt("right.target")).isGreaterThan(comparison.getInt("left.target"));
        assertThat(comparison.getInt("right.moves")).isGreaterThanOrEqualTo(comparison.getInt("left.moves"));
        assertThat(comparison.getInt("same") + comparison.getList("onlyLeft").size() + comparison.getList("changed").size())
                .isEqualTo(comparison.getInt("left.moves"));
    }

    @Test
    @Order(6)
    void theRoundIsProposedOnceAndFollowsThePlanToItsRotations() {
        county();
        given().auth().oauth2(bureau()).post("/rounds/" + roundId + "/proposal").then().statusCode(200).body("status", equalTo("PROPOSED"));
        given().auth().oauth2(bureau()).post("/rounds/" + roundId + "/proposal").then().statusCode(409)
                .body("rule", equalTo("ROUND_PROPOSED_ONCE"));
        String second = given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("schoolYear", YEAR.toString()))
                .post("/rounds").then().statusCode(201).extract().path("id");
        given().auth().oauth2(bureau()).post("/rounds/" + second + "/proposal").then().statusCode(409)
                .body("rule", equalTo("ROUND_YEAR_PROPOSED_ONCE"));

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.shared().await("rotation.events", r -> roundId.equals(r.key())
                && CloudEventCodec.decode(r.value()).type().equals("rotation.round.proposed.v1"), 1, Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(records).hasSize(1);
        CloudEvent proposed = CloudEventCodec.decode(records.get(0).value());
        assertThat(proposed.data(RoundProposed.TYPE).moves()).hasSize(round.getList("moves").size());
        assertThat(proposed.data(RoundProposed.TYPE).schoolYear()).isEqualTo(YEAR.toString());
        assertThat(proposed.actor()).isEqualTo("education-bureau:jiaoyuju");

        // the plan is approved, then carried out: every move starts with its form, term and return date
        UUID planId = UUID.randomUUID();
        List<PlanItem> items = new ArrayList<>();
        RoundProposed proposal = proposed.data(RoundProposed.TYPE);
        proposal.moves().forEach(m -> items.add(new PlanItem(UUID.randomUUID(), "TEACHER_MOVE", m.fromSchoolId(), m.toSchoolId(),
                null, null, null, null, null, m.subject(), null, null, null, m.teacherId(), null, m.toPostId(), null, null, null,
                UUID.fromString(roundId), m.moveId(), "ROTATION", null)));
        try (Feed feed = new Feed(county.county)) {
            feed.send(PlanApproved.TYPE, planId.toString(), new PlanApproved(planId, 1, YEAR.toString(), List.of()));
            feed.send(PlanExecuted.TYPE, planId.toString(), new PlanExecuted(planId, 1, YEAR.toString(), YEAR.startsOn(), items));
            feed.flush();
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "EXECUTED".equals(
                given().auth().oauth2(bureau()).get("/rounds/" + roundId).then().extract().path("status")));
        int moves = items.size();
        List<ConsumerRecord<String, byte[]>> started = TopicRecords.shared().await("rotation.events", r ->
                CloudEventCodec.decode(r.value()).type().equals("rotation.move.started.v1")
                        && roundId.equals(CloudEventCodec.decode(r.value()).data(MoveStarted.TYPE).roundId().toString()), moves, Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(started).hasSize(moves);
        JsonPath rotations = given().auth().oauth2(bureau()).get("/rotations?schoolYear=" + YEAR).then().statusCode(200).extract().jsonPath();
        assertThat(rotations.getList("status")).hasSize(moves).containsOnly("STARTED");
        assertThat(rotations.getList("startedOn")).containsOnly(YEAR.startsOn().toString());
        // terms of one year return at the start of the next school year and are listed as due
        List<Map<String, Object>> returning = given().auth().oauth2(bureau()).get("/rotations/returns-due?by=" + YEAR.next().startsOn())
                .then().statusCode(200).extract().jsonPath().getList("$");
        long oneYear = rotations.getList("termYears", Integer.class).stream().filter(t -> t == 1).count();
        // "by" is a date: any other text is refused like every other typed parameter, naming it
        given().auth().oauth2(bureau()).get("/rotations/returns-due?by=2027-13-01").then().statusCode(400)
                .contentType("application/problem+json").body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("by"));
        assertThat(returning).hasSize((int) oneYear);
        if (!returning.isEmpty()) {
            String moveId = (String) returning.get(0).get("moveId");
            given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("returnedOn", YEAR.next().startsOn().toString()))
                    .post("/rotations/" + moveId + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
            given().auth().oauth2(bureau()).contentType(ContentType.JSON).body(Map.of("returnedOn", YEAR.next().startsOn().toString()))
                    .post("/rotations/" + moveId + "/return").then().statusCode(409).body("rule", equalTo("ROTATION_STARTED"));
            assertThat(TopicRecords.shared().await("rotation.events", r -> CloudEventCodec.decode(r.value()).type().equals("rotation.move.returned.v1")
                    && moveId.equals(CloudEventCodec.decode(r.value()).data(MoveReturned.TYPE).moveId().toString()), 1, Duration.ofSeconds(30), Duration.ZERO)).hasSize(1);
        }
        // those who rotated are not due again the next year
        JsonPath next = given().auth().oauth2(bureau()).get("/rounds/" + YEAR.next() + "/due").then().statusCode(200).extract().jsonPath();
        String rotated = (String) rotations.getList("teacherId").get(0);
        Map<String, Object> line = next.getMap("teachers.find { it.teacherId == '" + rotated + "' }");
        if (line != null) {
            assertThat(next.getList("teachers.find { it.teacherId == '" + rotated + "' }.exemptions.kind")).contains("RECENTLY_ROTATED");
        }
        given().auth().oauth2(bureau()).get("/rounds/" + roundId).then().body("moves.status", hasItem("STARTED"));
    }

    @Test
    @Order(7)
    void aTeacherReadsTheirOwnMoveWithItsFormReasonAndReturnDate() {
        county();
        JsonPath rotations = given().auth().oauth2(bureau()).get("/rotations?schoolYear=" + YEAR).then().statusCode(200).extract().jsonPath();
        Map<String, Object> rotation = rotations.<Map<String, Object>>getList("$").get(0);
        String teacherId = (String) rotation.get("teacherId");
        String teacher = TestTokens.user("laoshi").role("teacher").teacher(teacherId).county(county.county).token();
        JsonPath own = given().auth().oauth2(teacher).get("/teachers/" + teacherId + "/moves").then().statusCode(200)
                .extract().jsonPath();
        // the second round of the year is still the bureau's draft: the teacher sees the proposed round's move only
        assertThat(own.getList("moveId")).containsExactly(rotation.get("moveId"));
        assertThat(own.getString("[0].roundId")).isEqualTo(roundId);
        assertThat(own.getString("[0].schoolYear")).isEqualTo(YEAR.toString());
        assertThat(own.getString("[0].form")).isEqualTo(rotation.get("form"));
        assertThat(own.getString("[0].fromSchool.id")).isEqualTo(rotation.get("fromSchoolId"));
        assertThat(own.getString("[0].fromSchool.name")).isNotBlank();
        assertThat(own.getString("[0].toSchool.id")).isEqualTo(rotation.get("toSchoolId"));
        assertThat(own.getList("[0].reasons.code")).contains("SHORTAGE_FILLED", "COST_TERMS");
        assertThat(own.getString("[0].status")).isEqualTo(rotation.get("status"));
        assertThat(own.getString("[0].startsOn")).isEqualTo(YEAR.startsOn().toString());
        assertThat(own.getString("[0].startedOn")).isEqualTo(YEAR.startsOn().toString());
        assertThat(own.getString("[0].returnDate")).isEqualTo(rotation.get("returnDate"));
        // the bureau sees every saved round's moves, drafts included
        JsonPath all = given().auth().oauth2(bureau()).get("/teachers/" + teacherId + "/moves").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("moveId")).contains(rotation.get("moveId"));
        assertThat(all.getList("roundStatus")).contains("EXECUTED");
        // another teacher, another county, and an unrelated school are refused
        given().auth().oauth2(TestTokens.user("other").role("teacher").teacher(UUID.randomUUID().toString())
                .county(county.county).token()).get("/teachers/" + teacherId + "/moves").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("jiaoyuju").role("education-bureau").county(Feed.newCounty()).token())
                .get("/teachers/" + teacherId + "/moves").then().statusCode(404).body("rule", equalTo("TEACHER_EXISTS"));
        String destination = (String) rotation.get("toSchoolId");
        given().auth().oauth2(TestTokens.user("xz").role("school").school(destination).county(county.county).token())
                .get("/teachers/" + teacherId + "/moves").then().statusCode(200).body("moveId", hasItem(rotation.get("moveId")));
        String unrelated = county.expected.schools().stream().map(PlanSchool::id)
                .filter(s -> !s.equals(destination) && !s.equals(rotation.get("fromSchoolId"))).findFirst().orElseThrow();
        given().auth().oauth2(TestTokens.user("xz").role("school").school(unrelated).county(county.county).token())
                .get("/teachers/" + teacherId + "/moves").then().statusCode(403).body("rule", equalTo("SCHOOL_SCOPE"));
        given().auth().oauth2(bureau()).get("/teachers/not-a-uuid/moves").then().statusCode(400).body("rule", equalTo("FIELD_TYPE"))
                .body("field", equalTo("teacherId"));
    }
}
