package org.county.staffing.post.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.post.Fixtures.hr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Support teaching, shadowing and itinerant teaching keep the teacher's home post (reserved, not
 * vacant) and cover the host's vacant post for the term: wholly, or by the itinerant hours' share.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class AssignmentFlowTest {

    static final LocalDate RETURN = LocalDate.of(2027, 7, 15);

    static void assign(UUID assignment, String teacher, String form, String homePost, String home, String host,
                       String hostPost, Integer hoursPerWeek, String postShare) {
        Fixtures.publishRecruitment(TeacherAssigned.TYPE, teacher, new TeacherAssigned(assignment, UUID.fromString(teacher),
                form, UUID.fromString(homePost), home, host, UUID.fromString(hostPost), hoursPerWeek, 16,
                Fixtures.TERM_START, RETURN, null, null, null, new BigDecimal(postShare)));
    }

    @Test
    void theHomePostIsKeptAndTheHostsVacancyIsCoveredUntilTheAssignmentEnds() {
        String home = Fixtures.schoolWithQuota(2);
        String host = Fixtures.schoolWithQuota(2, "RURAL");
        String homePost = Fixtures.createPosts(home, "TEACHING", "MATHEMATICS", 1).get(0);
        String homePost2 = Fixtures.createPosts(home, "TEACHING", "MUSIC", 1).get(0);
        String hostMath = Fixtures.createPosts(host, "TEACHING", "MATHEMATICS", 1).get(0);
        String hostMusic = Fixtures.createPosts(host, "TEACHING", "MUSIC", 1).get(0);
        String teacher = UUID.randomUUID().toString();
        String itinerant = UUID.randomUUID().toString();
        Fixtures.appoint(teacher, homePost, home);
        Fixtures.appoint(itinerant, homePost2, home);
        Fixtures.awaitPostStatus(homePost, "OCCUPIED");
        Fixtures.awaitPostStatus(homePost2, "OCCUPIED");

        UUID support = UUID.randomUUID();
        assign(support, teacher, "SUPPORT_TEACHING", homePost, home, host, hostMath, null, "1");
        assign(UUID.randomUUID(), itinerant, "ITINERANT", homePost2, home, host, hostMusic, 8, "0.5");

        JsonNode covered = Fixtures.awaitPost(hostMath, p -> p.path("coveredShare").asDouble() == 1.0);
        assertThat(covered.path("status").asText()).as("covered for the term, still vacant").isEqualTo("VACANT");
        assertThat(Fixtures.awaitPost(hostMusic, p -> p.path("coveredShare").asDouble() == 0.5)
                .path("status").asText()).isEqualTo("VACANT");
        JsonNode kept = Fixtures.post(homePost);
        assertThat(kept.path("status").asText()).as("the home post is reserved, not vacant").isEqualTo("OCCUPIED");
        assertThat(kept.path("teacherId").asText()).isEqualTo(teacher);
        assertThat(kept.path("holderAway").path("form").asText()).isEqualTo("SUPPORT_TEACHING");
        assertThat(kept.path("holderAway").path("hostSchoolId").asText()).isEqualTo(host);
        assertThat(kept.path("holderAway").path("returnDate").asText()).isEqualTo("2027-07-15");
        JsonNode vacancies = Fixtures.read(given().auth().oauth2(hr()).get("/vacancies?schoolId=" + host)
                .then().statusCode(200).extract().asString());
        assertThat(vacancies).hasSize(2);
        vacancies.forEach(v -> assertThat(v.path("coveredShare").asDouble())
                .isEqualTo(v.path("postId").asText().equals(hostMath) ? 1.0 : 0.5));
        assertThat(Fixtures.read(given().auth().oauth2(hr()).get("/vacancies?schoolId=" + home)
                .then().statusCode(200).extract().asString())).as("a kept home post is no vacancy").isEmpty();
        JsonNode hosting = Fixtures.summary(host).path("assignments");
        assertThat(hosting.path("coveredPosts").asDouble()).isEqualTo(1.5);
        assertThat(hosting.path("hosted").asInt()).isEqualTo(2);
        JsonNode sending = Fixtures.summary(home);
        assertThat(sending.path("assignments").path("away").asInt()).isEqualTo(2);
        assertThat(sending.path("vacant").asInt()).isZero();

        Fixtures.publishRecruitment(AssignmentEnded.TYPE, teacher, new AssignmentEnded(support, UUID.fromString(teacher),
                "SUPPORT_TEACHING", UUID.fromString(homePost), home, host, UUID.fromString(hostMath), RETURN, "RETURNED"));
        Fixtures.awaitPost(hostMath, p -> p.path("coveredShare").asDouble() == 0.0);
        assertThat(Fixtures.awaitPost(homePost, p -> p.path("holderAway").isNull()).path("status").asText())
                .isEqualTo("OCCUPIED");
        assertThat(Fixtures.post(hostMusic).path("coveredShare").asDouble()).isEqualTo(0.5);
        assertThat(Fixtures.summary(host).path("assignments").path("coveredPosts").asDouble()).isEqualTo(0.5);
        assertThat(Fixtures.summary(home).path("assignments").path("away").asInt()).isEqualTo(1);
    }
}
