package org.county.staffing.post.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.county.staffing.post.Fixtures.hr;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.contracts.quota.RegulationIssued;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A school's summary is counted by the database in groups of alike posts; the county's list counts
 * each post it loads. On a school with every kind of post, status, freeze cause, leadership role,
 * regulation version and assignment, both give the same summary, field by field.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class SchoolPostSummaryReadTest {

    @Inject
    EntityManager em;

    private static List<String> create(String school, Map<String, Object> body) {
        return given().auth().oauth2(hr()).contentType(ContentType.JSON).body(body).post("/schools/" + school + "/posts")
                .then().statusCode(201).extract().jsonPath().getList("postId", String.class);
    }

    private static void issue(String school, int version, LocalDate effectiveFrom, List<RegulationIssued.LeadershipPost> posts) {
        Fixtures.publishQuota(RegulationIssued.TYPE, school, new RegulationIssued(UUID.randomUUID(), school, Fixtures.COUNTY,
                version, effectiveFrom, "GENERAL_BRANCH", List.of("实施初中义务教育"), posts,
                posts.stream().mapToInt(RegulationIssued.LeadershipPost::count).sum(), "bianban"));
    }

    private static void assign(String teacher, String form, String homePost, String home, String host, String hostPost,
                               Integer hours, String share) {
        Fixtures.publishRecruitment(TeacherAssigned.TYPE, teacher, new TeacherAssigned(UUID.randomUUID(),
                UUID.fromString(teacher), form, UUID.fromString(homePost), home, host, UUID.fromString(hostPost), hours, 16,
                Fixtures.TERM_START, LocalDate.of(2027, 7, 15), null, null, null, new BigDecimal(share)));
    }

    private static JsonNode listed(String school) {
        for (JsonNode summary : Fixtures.read(given().auth().oauth2(hr()).get("/post-summaries").then().statusCode(200)
                .extract().asString())) {
            if (summary.path("schoolId").asText().equals(school)) {
                return summary;
            }
        }
        throw new AssertionError("school " + school + " is not in the county's summaries");
    }

    @Test
    void aRichSchoolsSummaryIsTheSameCountedInGroupsAsPostByPost() {
        String school = Fixtures.schoolWithQuota(12);
        String other = Fixtures.schoolWithQuota(2, "RURAL");
        issue(school, 1, LocalDate.of(2026, 9, 1), List.of(new RegulationIssued.LeadershipPost("PRINCIPAL", 1),
                new RegulationIssued.LeadershipPost("DEPUTY_PRINCIPAL", 2),
                new RegulationIssued.LeadershipPost("PARTY_SECRETARY", 1)));
        issue(school, 2, LocalDate.of(2027, 9, 1), List.of(new RegulationIssued.LeadershipPost("PRINCIPAL", 1)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Fixtures.summary(school).path("leadership").path("regulationVersion").asInt() == 1
                        && Fixtures.summary(school).path("leadership").path("pendingVersion").asInt() == 2);

        String principal = create(school, Map.of("category", "MANAGEMENT", "leadershipRole", "PRINCIPAL", "count", 1)).get(0);
        create(school, Map.of("category", "MANAGEMENT", "leadershipRole", "DEPUTY_PRINCIPAL", "count", 2));
        List<String> maths = Fixtures.createPosts(school, "TEACHING", "MATHEMATICS", 4);
        List<String> chinese = Fixtures.createPosts(school, "TEACHING", "CHINESE", 3);
        List<String> music = Fixtures.createPosts(school, "TEACHING", "MUSIC", 1);
        Fixtures.createPosts(school, "SUPPORT", null, 1);
        List<String> occupied = List.of(principal, maths.get(0), maths.get(1), chinese.get(0));
        List<String> teachers = new ArrayList<>();
        for (String post : occupied) {
            String teacher = UUID.randomUUID().toString();
            teachers.add(teacher);
            Fixtures.appoint(teacher, post, school);
        }
        occupied.forEach(post -> Fixtures.awaitPostStatus(post, "OCCUPIED"));
        given().auth().oauth2(hr()).contentType(ContentType.JSON).body(Map.of("reason", "待核"))
                .post("/posts/" + chinese.get(1) + "/freeze").then().statusCode(200);

        // the other school sends a teacher to teach music here part-time, and hosts one of this school's teachers
        List<String> otherPosts = Fixtures.createPosts(other, "TEACHING", "MATHEMATICS", 2);
        String visitor = UUID.randomUUID().toString();
        Fixtures.appoint(visitor, otherPosts.get(0), other);
        Fixtures.awaitPostStatus(otherPosts.get(0), "OCCUPIED");
        assign(visitor, "ITINERANT", otherPosts.get(0), other, school, music.get(0), 6, "0.375");
        assign(teachers.get(1), "SUPPORT_TEACHING", maths.get(0), school, other, otherPosts.get(1), null, "1");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Fixtures.summary(school).path("assignments").path("away").asInt() == 1
                        && Fixtures.summary(school).path("assignments").path("hosted").asInt() == 1);

        // the quota cut freezes vacant posts for over-establishment
        Fixtures.setQuota(school, 12, 9);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> Fixtures.summary(school).path("frozenForOverEstablishment").asInt() > 0);
        // an executed plan abolishes an occupied post when its holder leaves (as PlanExecution marks it)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update post set abolish_when_vacated_plan = ?1 where id = ?2")
                .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(maths.get(1))).executeUpdate());

        JsonNode grouped = Fixtures.summary(school);
        JsonNode postByPost = listed(school);
        List<String> fields = new ArrayList<>();
        grouped.fieldNames().forEachRemaining(fields::add);
        List<String> listedFields = new ArrayList<>();
        postByPost.fieldNames().forEachRemaining(listedFields::add);
        assertThat(fields).containsExactlyElementsOf(listedFields);
        for (String field : fields) {
            assertThat(grouped.get(field)).as(field).isEqualTo(postByPost.get(field));
        }

        // and the school is as rich as meant: each part of the summary has something to count
        assertThat(grouped.path("established").asInt()).isEqualTo(12);
        assertThat(grouped.path("occupied").asInt()).isEqualTo(4);
        assertThat(grouped.path("overEstablishedBy").asInt()).isEqualTo(3);
        assertThat(grouped.path("frozen").asInt()).isGreaterThan(grouped.path("frozenForOverEstablishment").asInt());
        assertThat(grouped.path("pendingAbolition").asInt()).isEqualTo(1);
        assertThat(grouped.path("bySubject").size()).isEqualTo(3);
        assertThat(grouped.path("byCategory").size()).isEqualTo(3);
        assertThat(grouped.path("assignments").path("coveredPosts").asDouble()).isEqualTo(0.375);
        assertThat(grouped.path("leadership").path("regulationVersion").asInt()).isEqualTo(1);
        assertThat(grouped.path("leadership").path("established").asInt()).isEqualTo(3);
        assertThat(grouped.path("leadership").path("missing").asInt()).isEqualTo(1);
        assertThat(grouped.path("leadership").path("pendingVersion").asInt()).isEqualTo(2);
    }

    @Test
    void aSchoolWithoutPostsRegulationOrAssignmentsAndAnotherCountysSchool() {
        String school = Fixtures.schoolWithQuota(3);
        JsonNode summary = Fixtures.summary(school);
        JsonNode listed = listed(school);
        assertThat(summary).isEqualTo(listed);
        assertThat(summary.path("established").asInt()).isZero();
        assertThat(summary.path("room").asInt()).isEqualTo(3);
        given().auth().oauth2(hr()).get("/schools/" + Fixtures.newSchoolId() + "/post-summary").then().statusCode(404);
        given().auth().oauth2(TestTokens.user("rs2").role("hr").county("370602").token())
                .get("/schools/" + school + "/post-summary").then().statusCode(404);
    }
}
