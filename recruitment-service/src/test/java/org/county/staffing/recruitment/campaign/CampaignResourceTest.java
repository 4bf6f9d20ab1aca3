package org.county.staffing.recruitment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.recruitment.Fixtures.as;
import static org.county.staffing.recruitment.Fixtures.asBureau;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.recruitment.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "recruitment"))
class CampaignResourceTest {

    @Inject
    PlatformClock clock;

    /** The service's instant (pinned by {@code platform.clock.fixed}): campaigns open and close by it. */
    private OffsetDateTime now() {
        return clock.now().atOffset(ZoneOffset.UTC);
    }

    private Map<String, Object> campaign(String kind, List<UUID> posts, Map<String, Object> weights) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", "2026年跨校竞聘");
        body.put("postIds", posts.stream().map(UUID::toString).toList());
        body.put("opensAt", now().minusHours(1).toString());
        body.put("closesAt", now().plusDays(7).toString());
        if (weights != null) {
            body.put("weights", weights);
        }
        return body;
    }

    private static String teacherToken(UUID teacher) {
        return TestTokens.user("t-" + teacher.toString().substring(0, 8)).role("teacher").teacher(teacher.toString()).token();
    }

    private static UUID teacherAt(String school, String subject) {
        UUID post = Fixtures.establishPost(school, "TEACHING", subject);
        UUID teacher = Fixtures.registerTeacher(subject);
        Fixtures.appoint(teacher, post, LocalDate.of(2021, 9, 1));
        return teacher;
    }

    private static String score(String campaign, String application, String written, String interview) {
        return asBureau().body("{\"written\": " + written + ", \"interview\": " + interview + "}")
                .put("/campaigns/" + campaign + "/applications/" + application + "/score")
                .then().statusCode(200).extract().path("totalScore").toString();
    }

    @Test
    void anInternalCompetitionRanksOffersInRankOrderAndTransfersTheWinner() {
        String home = Fixtures.registerSchool();
        String target = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(target, "TEACHING", "MATHEMATICS");
        UUID first = teacherAt(home, "MATHEMATICS");
        UUID second = teacherAt(home, "MATHEMATICS");
        UUID third = teacherAt(home, "MATHEMATICS");
        UUID sameSchool = teacherAt(target, "MATHEMATICS");
        UUID chinese = teacherAt(home, "CHINESE");

        String campaign = asBureau().body(campaign("INTERNAL", List.of(post), Map.of("written", 40, "interview", 60)))
                .post("/campaigns").then().statusCode(201).body("status", equalTo("OPEN"))
                .body("weights.written", equalTo(40)).extract().path("campaignId");
        as(teacherToken(first)).get("/campaigns/" + campaign).then().statusCode(200);

        String a1 = as(teacherToken(first)).body(Map.of("postId", post.toString())).post("/campaigns/" + campaign + "/applications")
                .then().statusCode(201).body("teacherId", equalTo(first.toString())).extract().path("applicationId");
        as(teacherToken(first)).body(Map.of("postId", post.toString())).post("/campaigns/" + campaign + "/applications")
                .then().statusCode(409).body("rule", equalTo("APPLICATION_ONCE"));
        as(teacherToken(second)).body(Map.of("postId", post.toString(), "teacherId", third.toString()))
                .post("/campaigns/" + campaign + "/applications").then().statusCode(403).body("rule", equalTo("TEACHER_SCOPE"));
        String a2 = as(teacherToken(second)).body(Map.of("postId", post.toString()))
                .post("/campaigns/" + campaign + "/applications").then().statusCode(201).extract().path("applicationId");
        String a3 = asBureau().body(Map.of("postId", post.toString(), "teacherId", third.toString()))
                .post("/campaigns/" + campaign + "/applications").then().statusCode(201).extract().path("applicationId");
        as(teacherToken(sameSchool)).body(Map.of("postId", post.toString())).post("/campaigns/" + campaign + "/applications")
                .then().statusCode(422).body("rule", equalTo("INTERNAL_CROSS_SCHOOL"));
        as(teacherToken(chinese)).body(Map.of("postId", post.toString())).post("/campaigns/" + campaign + "/applications")
                .then().statusCode(422).body("rule", equalTo("APPLICANT_SUBJECT_MATCHES"));
        as(teacherToken(chinese)).body(Map.of("postId", UUID.randomUUID().toString()))
                .post("/campaigns/" + campaign + "/applications").then().statusCode(422)
                .body("rule", equalTo("APPLICATION_POST_IN_CAMPAIGN"));

        asBureau().body("{\"written\": 101, \"interview\": 80}").put("/campaigns/" + campaign + "/applications/" + a1 + "/score")
                .then().statusCode(422).body("rule", equalTo("SCORE_RANGE")).body("field", equalTo("written"));
        asBureau().body("{\"written\": \"90\", \"interview\": 80}").put("/campaigns/" + campaign + "/applications/" + a1 + "/score")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("written"));
        // totals 86.0, 86.0 and 74.0: the tie goes to the higher interview score
        assertThat(score(campaign, a1, "80", "90")).isEqualTo("86.0");
        assertThat(score(campaign, a2, "95", "80")).isEqualTo("86.0");
        assertThat(score(campaign, a3, "70", "76.67")).isEqualTo("74.002");

        JsonPath ranking = asBureau().post("/campaigns/" + campaign + "/close").then().statusCode(200)
                .body("campaign.status", equalTo("OFFERING")).extract().jsonPath();
        Map<String, Integer> ranks = new HashMap<>();
        Map<String, String> offers = new HashMap<>();
        for (Map<String, Object> a : ranking.<Map<String, Object>>getList("applications")) {
            ranks.put((String) a.get("applicationId"), (Integer) a.get("rank"));
            offers.put((String) a.get("applicationId"), (String) a.get("offer"));
        }
        assertThat(ranks).containsEntry(a1, 1).containsEntry(a2, 2).containsEntry(a3, 3);
        assertThat(offers).containsEntry(a1, "OFFERED").containsEntry(a2, "NONE").containsEntry(a3, "NONE");
        asBureau().post("/campaigns/" + campaign + "/close").then().statusCode(409).body("rule", equalTo("CAMPAIGN_OPEN"));
        asBureau().body("{\"written\": 99, \"interview\": 99}").put("/campaigns/" + campaign + "/applications/" + a3 + "/score")
                .then().statusCode(409).body("rule", equalTo("CAMPAIGN_SCORING_OPEN"));
        as(teacherToken(chinese)).body(Map.of("postId", post.toString())).post("/campaigns/" + campaign + "/applications")
                .then().statusCode(409).body("rule", equalTo("CAMPAIGN_ACCEPTING_APPLICATIONS"));

        // the second cannot take the post while the first holds the offer; the first declines
        as(teacherToken(second)).post("/campaigns/" + campaign + "/applications/" + a2 + "/acceptance")
                .then().statusCode(409).body("rule", equalTo("OFFER_OPEN"));
        as(teacherToken(second)).post("/campaigns/" + campaign + "/applications/" + a1 + "/declination")
                .then().statusCode(403).body("rule", equalTo("TEACHER_SCOPE"));
        as(teacherToken(first)).get("/teachers/" + first + "/applications").then().statusCode(200)
                .body("[0].applicationId", equalTo(a1)).body("[0].offer", equalTo("OFFERED")).body("[0].rank", equalTo(1));
        as(teacherToken(first)).get("/teachers/" + second + "/applications").then().statusCode(403);
        as(teacherToken(first)).post("/campaigns/" + campaign + "/applications/" + a1 + "/declination")
                .then().statusCode(200).body("offer", equalTo("DECLINED"));
        asBureau().get("/campaigns/" + campaign + "/applications").then().statusCode(200)
                .body("find { it.applicationId == '" + a2 + "' }.offer", equalTo("OFFERED"))
                .body("findAll { it.offer == 'OFFERED' }.size()", equalTo(1));

        as(teacherToken(second)).body(Map.of("effectiveFrom", clock.today().plusDays(1).toString()))
                .post("/campaigns/" + campaign + "/applications/" + a2 + "/acceptance")
                .then().statusCode(200).body("offer", equalTo("ACCEPTED")).body("appointedTeacherId", equalTo(second.toString()));
        asBureau().get("/campaigns/" + campaign).then().body("status", equalTo("CLOSED"));
        asBureau().get("/teachers/" + second).then().body("currentAppointment.postId", equalTo(post.toString()))
                .body("currentAppointment.schoolId", equalTo(target));
        Fixtures.awaitPostState(target, post, "OCCUPIED");

        CloudEvent transferred = Fixtures.awaitEvents(second.toString(), "recruitment.teacher.transferred.v1", 1).get(0);
        assertThat(transferred.data().path("toPostId").asText()).isEqualTo(post.toString());
        assertThat(transferred.data().path("fromSchoolId").asText()).isEqualTo(home);
        assertThat(transferred.data().path("campaignId").asText()).isEqualTo(campaign);
        List<CloudEvent> campaignEvents = Fixtures.events(campaign, null, 2);
        assertThat(campaignEvents).extracting(CloudEvent::type)
                .containsExactly("recruitment.campaign.opened.v1", "recruitment.campaign.closed.v1");
        assertThat(campaignEvents.get(1).data().path("appointments").get(0).path("teacherId").asText()).isEqualTo(second.toString());
        assertThat(campaignEvents.get(1).data().path("appointments").get(0).path("postId").asText()).isEqualTo(post.toString());
        assertThat(campaignEvents.get(0).data().path("kind").asText()).isEqualTo("INTERNAL");
    }

    @Test
    void anOpenCampaignHiresACandidateAsANewCountyTeacher() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "ART");
        String campaign = asBureau().body(campaign("OPEN", List.of(post), null)).post("/campaigns").then().statusCode(201)
                .body("weights.written", equalTo(50)).body("weights.interview", equalTo(50)).extract().path("campaignId");
        LocalDate born = LocalDate.of(2000, 4, 8);
        String idNumber = Fixtures.idNumber(born, false);
        Map<String, Object> candidate = Map.of("name", "陈静", "gender", "FEMALE", "birthDate", born.toString(),
                "idNumber", idNumber, "subjects", List.of("ART"), "title", "NONE");
        String application = asBureau().body(Map.of("postId", post.toString(), "candidate", candidate))
                .post("/campaigns/" + campaign + "/applications").then().statusCode(201)
                .body("candidate.idNumberMasked", equalTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .body("teacherId", nullValue())
                .extract().path("applicationId");
        asBureau().body(Map.of("postId", post.toString(), "candidate", candidate)).post("/campaigns/" + campaign + "/applications")
                .then().statusCode(409).body("rule", equalTo("APPLICATION_ONCE"));
        asBureau().body(Map.of("postId", post.toString())).post("/campaigns/" + campaign + "/applications")
                .then().statusCode(400).body("rule", equalTo("OPEN_APPLICANT_IS_CANDIDATE"));
        UUID someTeacher = Fixtures.registerTeacher("ART");
        as(teacherToken(someTeacher)).get("/campaigns/" + campaign).then().statusCode(404);
        String listed = asBureau().get("/campaigns/" + campaign + "/applications").then().statusCode(200).extract().asString();
        assertThat(listed).doesNotContain(idNumber);

        score(campaign, application, "88", "91");
        asBureau().post("/campaigns/" + campaign + "/close").then().statusCode(200);
        String hired = asBureau().post("/campaigns/" + campaign + "/applications/" + application + "/acceptance")
                .then().statusCode(200).body("offer", equalTo("ACCEPTED")).extract().path("appointedTeacherId");
        asBureau().get("/teachers/" + hired).then().statusCode(200).body("name", equalTo("陈静"))
                .body("firstHireDate", equalTo(clock.today().toString()))
                .body("currentAppointment.postId", equalTo(post.toString()));
        CloudEvent appointed = Fixtures.awaitEvents(hired, "recruitment.teacher.appointed.v1", 1).get(0);
        assertThat(appointed.data().path("source").asText()).isEqualTo("OPEN_CAMPAIGN");
        assertThat(appointed.data().path("campaignId").asText()).isEqualTo(campaign);
        assertThat(Fixtures.awaitEvents(hired, "recruitment.teacher.registered.v1", 1)).hasSize(1);
    }

    @Test
    void badCampaignsAreRefused() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "MUSIC");
        Map<String, Object> backwards = campaign("OPEN", List.of(post), null);
        backwards.put("closesAt", now().minusDays(1).toString());
        asBureau().body(backwards).post("/campaigns").then().statusCode(422)
                .body("rule", equalTo("CAMPAIGN_CLOSES_AFTER_OPENING")).body("field", equalTo("closesAt"));
        asBureau().body(campaign("OPEN", List.of(post), Map.of("written", 50, "interview", 60))).post("/campaigns")
                .then().statusCode(422).body("rule", equalTo("CAMPAIGN_WEIGHTS_SUM_100"));
        asBureau().body(campaign("OPEN", List.of(), null)).post("/campaigns").then().statusCode(400).body("field", equalTo("postIds"));
        asBureau().body(campaign("OPEN", List.of(post), null)).post("/campaigns").then().statusCode(201);
        asBureau().body(campaign("INTERNAL", List.of(post), null)).post("/campaigns").then().statusCode(409)
                .body("rule", equalTo("POST_IN_ONE_CAMPAIGN")).body("field", equalTo("postIds[0]"));
        UUID occupied = Fixtures.establishPost(school, "TEACHING", "MUSIC");
        Fixtures.appoint(Fixtures.registerTeacher("MUSIC"), occupied, LocalDate.of(2022, 9, 1));
        asBureau().body(campaign("OPEN", List.of(occupied), null)).post("/campaigns").then().statusCode(409)
                .body("rule", equalTo("POST_VACANT"));
        Map<String, Object> future = campaign("OPEN", List.of(Fixtures.establishPost(school, "TEACHING", "MUSIC")), null);
        future.put("opensAt", now().plusDays(1).toString());
        future.put("closesAt", now().plusDays(2).toString());
        String later = asBureau().body(future).post("/campaigns").then().statusCode(201).extract().path("campaignId");
        asBureau().post("/campaigns/" + later + "/close").then().statusCode(409).body("rule", equalTo("CAMPAIGN_CLOSE_AFTER_OPENING"));
        asBureau().get("/campaigns/" + UUID.randomUUID()).then().statusCode(404).body("rule", equalTo("CAMPAIGN_EXISTS"));
    }

    @Test
    void aCampaignWithoutScoredApplicantsClosesAtOnce() {
        String school = Fixtures.registerSchool();
        UUID post = Fixtures.establishPost(school, "TEACHING", "IT");
        String campaign = asBureau().body(campaign("OPEN", List.of(post), null)).post("/campaigns").then().statusCode(201)
                .extract().path("campaignId");
        asBureau().post("/campaigns/" + campaign + "/close").then().statusCode(200).body("campaign.status", equalTo("CLOSED"));
        List<CloudEvent> events = Fixtures.events(campaign, "recruitment.campaign.closed.v1", 2);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).data().path("appointments").size()).isZero();
        asBureau().queryParam("status", "CLOSED").get("/campaigns").then().statusCode(200)
                .body("find { it.campaignId == '" + campaign + "' }.kind", equalTo("OPEN"));
    }

    /** The JSON path of a field of one of a campaign's posts. */
    private static String post(UUID postId, String field) {
        return "posts.find { it.postId == '" + postId + "' }." + field;
    }

    @Test
    void aTeacherReadsWhatACampaignsPostsAreWithoutReadingPosts() {
        String home = Fixtures.registerSchool();
        String target = Fixtures.registerSchool();
        UUID teaching = Fixtures.establishPost(target, "TEACHING", "PHYSICS");
        UUID leadership = UUID.randomUUID();
        Fixtures.publish(PostEstablished.TYPE, leadership.toString(), new PostEstablished(leadership, home, Fixtures.COUNTY,
                "MANAGEMENT", null, "FIRST", "VACANT", null, null, "DEPUTY_PRINCIPAL"));
        Fixtures.awaitPostState(home, leadership, "VACANT");
        UUID teacher = teacherAt(home, "PHYSICS");
        String token = teacherToken(teacher);

        String campaign = asBureau().body(campaign("INTERNAL", List.of(teaching, leadership), null)).post("/campaigns")
                .then().statusCode(201).body("posts.postId", containsInAnyOrder(teaching.toString(), leadership.toString()))
                .extract().path("campaignId");
        as(token).get("/posts").then().statusCode(403);
        JsonPath read = as(token).get("/campaigns/" + campaign).then().statusCode(200)
                .body("postIds", containsInAnyOrder(teaching.toString(), leadership.toString()))
                .body("posts", hasSize(2))
                .body(post(teaching, "schoolId"), equalTo(target))
                .body(post(teaching, "schoolName"), equalTo("学校" + target))
                .body(post(teaching, "category"), equalTo("TEACHING"))
                .body(post(teaching, "subject"), equalTo("PHYSICS"))
                .body(post(teaching, "level"), equalTo("SECOND"))
                .body(post(teaching, "leadershipRole"), nullValue())
                .body(post(leadership, "schoolId"), equalTo(home))
                .body(post(leadership, "schoolName"), equalTo("学校" + home))
                .body(post(leadership, "category"), equalTo("MANAGEMENT"))
                .body(post(leadership, "subject"), nullValue())
                .body(post(leadership, "leadershipRole"), equalTo("DEPUTY_PRINCIPAL"))
                .extract().jsonPath();
        // the posts stand in the order of postIds
        assertThat(read.<String>getList("posts.postId")).isEqualTo(read.<String>getList("postIds"));
        as(token).queryParam("status", "OPEN").get("/campaigns").then().statusCode(200)
                .body("find { it.campaignId == '" + campaign + "' }.posts.schoolName",
                        containsInAnyOrder("学校" + target, "学校" + home));

        // the scoping is unchanged: a teacher reads no OPEN campaign, no one reads another county's
        UUID hired = Fixtures.establishPost(target, "TEACHING", "PHYSICS");
        String open = asBureau().body(campaign("OPEN", List.of(hired), null)).post("/campaigns").then().statusCode(201)
                .body("posts[0].schoolName", equalTo("学校" + target)).extract().path("campaignId");
        as(token).get("/campaigns/" + open).then().statusCode(404).body("rule", equalTo("CAMPAIGN_EXISTS"));
        assertThat(as(token).get("/campaigns").then().statusCode(200).extract().jsonPath().<String>getList("campaignId"))
                .contains(campaign).doesNotContain(open);
        String elsewhere = TestTokens.user("jyj-other").role("education-bureau").county("370602").token();
        as(elsewhere).get("/campaigns/" + campaign).then().statusCode(404);
        assertThat(as(elsewhere).get("/campaigns").then().statusCode(200).extract().jsonPath().<String>getList("campaignId"))
                .doesNotContain(campaign, open);
        as(TestTokens.user("hr1").role("hr").token()).get("/campaigns/" + campaign).then().statusCode(200)
                .body(post(leadership, "leadershipRole"), equalTo("DEPUTY_PRINCIPAL"));
    }
}
