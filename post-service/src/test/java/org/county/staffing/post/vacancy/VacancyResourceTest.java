package org.county.staffing.post.vacancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.post.Fixtures.hr;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.UUID;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class VacancyResourceTest {

    static List<String> vacancies(String token, String query) {
        return given().auth().oauth2(token).get("/vacancies" + query)
                .then().statusCode(200).extract().jsonPath().getList("postId", String.class);
    }

    @Test
    void vacanciesAreTheVacantPostsFilteredBySchoolSubjectCategoryAndLocation() {
        String urban = Fixtures.schoolWithQuota(10, "URBAN");
        String rural = Fixtures.schoolWithQuota(10, "RURAL");
        List<String> urbanMath = Fixtures.createPosts(urban, "TEACHING", "MATHEMATICS", 2);
        String urbanSupport = Fixtures.createPosts(urban, "SUPPORT", null, 1).get(0);
        List<String> ruralMath = Fixtures.createPosts(rural, "TEACHING", "MATHEMATICS", 2);
        String ruralMusic = Fixtures.createPosts(rural, "TEACHING", "MUSIC", 1).get(0);

        // an occupied and a frozen post are no vacancies
        String teacher = UUID.randomUUID().toString();
        Fixtures.appoint(teacher, ruralMath.get(0), rural);
        Fixtures.awaitPostStatus(ruralMath.get(0), "OCCUPIED");
        given().auth().oauth2(hr()).post("/posts/" + urbanMath.get(1) + "/freeze").then().statusCode(200);

        assertThat(vacancies(hr(), "?schoolId=" + urban)).containsExactlyInAnyOrder(urbanMath.get(0), urbanSupport);
        assertThat(vacancies(hr(), "?schoolId=" + rural + "&subject=MATHEMATICS")).containsExactly(ruralMath.get(1));
        assertThat(vacancies(hr(), "?schoolId=" + urban + "&category=SUPPORT")).containsExactly(urbanSupport);

        List<String> ruralMathematics = vacancies(Fixtures.token("education-bureau"), "?subject=mathematics&location=RURAL");
        assertThat(ruralMathematics).contains(ruralMath.get(1)).doesNotContain(urbanMath.get(0), ruralMusic, ruralMath.get(0));
        List<String> everything = vacancies(Fixtures.token("staffing-office"), "");
        assertThat(everything).contains(urbanMath.get(0), urbanSupport, ruralMath.get(1), ruralMusic)
                .doesNotContain(urbanMath.get(1), ruralMath.get(0));

        given().auth().oauth2(hr()).get("/vacancies?schoolId=" + rural + "&subject=MUSIC")
                .then().body("[0].schoolId", equalTo(rural)).body("[0].location", equalTo("RURAL"))
                .body("[0].district", equalTo("城区学区")).body("[0].level", equalTo("FIRST"));
    }

    @Test
    void aSchoolSeesItsOwnVacanciesOnlyAndBadFiltersAreNamed() {
        String own = Fixtures.schoolWithQuota(2);
        String other = Fixtures.schoolWithQuota(2);
        String ownPost = Fixtures.createPosts(own, "TEACHING", "ART", 1).get(0);
        Fixtures.createPosts(other, "TEACHING", "ART", 1);
        assertThat(vacancies(Fixtures.schoolUser(own), "")).containsExactly(ownPost);
        given().auth().oauth2(Fixtures.schoolUser(own)).get("/vacancies?schoolId=" + other)
                .then().statusCode(403).body("rule", equalTo("SCHOOL_SCOPE"));
        given().auth().oauth2(hr()).get("/vacancies?location=MOON")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("location"));
        given().auth().oauth2(hr()).get("/vacancies?subject=ALCHEMY")
                .then().statusCode(400).body("rule", equalTo("SUBJECT_KNOWN")).body("field", equalTo("subject"));
        given().auth().oauth2(hr()).get("/vacancies?category=CHEF")
                .then().statusCode(400).body("rule", equalTo("FIELD_TYPE")).body("field", equalTo("category"));
    }
}
