package org.county.staffing.rotation.province;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.rotation.planner.model.RotationForm;
import org.county.staffing.rotation.round.RotationRound;
import org.county.staffing.rotation.round.RoundMove;
import org.county.staffing.rotation.support.Feed;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The province reads each county's rotation results of a school year (the round that went into the annual
 * plan): moves by form and direction, due, returns, with totals; a county's users read only their county.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
class ProvinceRotationTest {

    private static final String YEAR = "2041-2042";

    private record MoveSpec(RotationForm form, String directions, String status, LocalDate returnDate) {
    }

    @Test
    void theProvinceReadsEveryCountysResultsAndACountyOnlyItsOwn() {
        String a = Feed.newCounty();
        String b = Feed.newCounty();
        String draftOnly = Feed.newCounty();
        round(a, RotationRound.PROPOSED, 20, 3, List.of(
                new MoveSpec(RotationForm.COMPETITION, "OVER_TO_UNDER,STRONG_TO_WEAK", RoundMove.STARTED, LocalDate.of(2042, 7, 31)),
                new MoveSpec(RotationForm.SUPPORT_TEACHING, "OVER_TO_UNDER", RoundMove.RETURNED, LocalDate.of(2042, 7, 31)),
                new MoveSpec(RotationForm.COMPETITION, "SURPLUS_TO_SHORTAGE", RoundMove.PLANNED, null),
                new MoveSpec(RotationForm.ITINERANT, "SURPLUS_TO_SHORTAGE", RoundMove.DROPPED, null)));
        round(b, RotationRound.EXECUTED, 5, 1, List.of(
                new MoveSpec(RotationForm.SHADOWING, "STRONG_TO_WEAK", RoundMove.STARTED, LocalDate.of(2043, 7, 31))));
        round(draftOnly, RotationRound.PLANNED, 9, 2, List.of(
                new MoveSpec(RotationForm.COMPETITION, "SURPLUS_TO_SHORTAGE", RoundMove.PLANNED, null)));

        String province = TestTokens.user("shengjiaoyuting").role("province").token();
        JsonPath all = get(province, Map.of("schoolYear", YEAR));
        assertThat(all.getInt("counties")).isEqualTo(2);
        assertThat(all.getList("rows.countyId", String.class)).containsExactly(min(a, b), max(a, b));
        JsonPath byMoves = get(province, Map.of("schoolYear", YEAR, "sort", "MOVES", "order", "DESC"));
        assertThat(byMoves.getString("rows[0].countyId")).isEqualTo(a);
        assertThat(byMoves.getInt("rows[0].moves")).isEqualTo(3);
        assertThat(byMoves.getInt("rows[0].due")).isEqualTo(20);
        assertThat(byMoves.getInt("rows[0].byForm.COMPETITION")).isEqualTo(2);
        assertThat(byMoves.getInt("rows[0].byDirection.OVER_TO_UNDER")).isEqualTo(2);
        assertThat(byMoves.getInt("rows[0].started")).isEqualTo(2);
        assertThat(byMoves.getInt("rows[0].returned")).isEqualTo(1);
        assertThat(byMoves.getInt("rows[0].returnsDue")).isEqualTo(1);
        // the totals are the sums of the rows; a draft round counts nowhere
        assertThat(all.getInt("totals.moves")).isEqualTo(4);
        assertThat(all.getInt("totals.due")).isEqualTo(25);
        assertThat(all.getInt("totals.byForm.SHADOWING")).isEqualTo(1);
        assertThat(all.getInt("totals.byDirection.STRONG_TO_WEAK")).isEqualTo(2);
        assertThat(all.getInt("totals.returnsDue")).isEqualTo(1);
        JsonPath page = get(province, Map.of("schoolYear", YEAR, "page", 1, "size", 1));
        assertThat(page.getList("rows.countyId", String.class)).containsExactly(max(a, b));
        assertThat(page.getInt("totals.moves")).isEqualTo(4);

        // a county's users: their county only
        JsonPath own = get(TestTokens.user("jiaoyuju").role("education-bureau").county(b).token(), Map.of("schoolYear", YEAR));
        assertThat(own.getList("rows.countyId", String.class)).containsExactly(b);
        assertThat(own.getInt("totals.moves")).isEqualTo(1);
        assertThat(get(TestTokens.user("jijian").role("auditor").county(draftOnly).token(), Map.of("schoolYear", YEAR))
                .getList("rows")).isEmpty();

        given().get("/province/rotations?schoolYear=" + YEAR).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("xiaozhang").role("school").county(a).school(Feed.newSchoolId()).token())
                .get("/province/rotations?schoolYear=" + YEAR).then().statusCode(403);
        given().auth().oauth2(province).get("/province/rotations").then().statusCode(400)
                .body("rule", equalTo("SCHOOL_YEAR_REQUIRED"));
        given().auth().oauth2(province).get("/province/rotations?schoolYear=" + YEAR + "&sort=moves").then().statusCode(400)
                .body("field", equalTo("sort"));
        // the province reads, it does not plan
        given().auth().oauth2(province).get("/rounds").then().statusCode(403);
    }

    private static JsonPath get(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get("/province/rotations").then().statusCode(200)
                .extract().jsonPath();
    }

    private static String min(String x, String y) {
        return x.compareTo(y) <= 0 ? x : y;
    }

    private static String max(String x, String y) {
        return x.compareTo(y) <= 0 ? y : x;
    }

    private static void round(String county, String status, int due, int unmet, List<MoveSpec> moves) {
        QuarkusTransaction.requiringNew().run(() -> {
            RotationRound round = new RotationRound();
            round.id = UUID.randomUUID();
            round.countyId = county;
            round.schoolYear = YEAR;
            round.share = new BigDecimal("0.15");
            round.parameters = "{}";
            round.gapReasons = "[]";
            round.unmetDetail = "[]";
            round.status = status;
            round.due = due;
            round.target = moves.size();
            round.moves = moves.size();
            round.unmet = unmet;
            round.createdAt = OffsetDateTime.parse("2041-06-01T08:00:00Z");
            round.createdBy = "education-bureau:test";
            round.persist();
            int ordinal = 0;
            for (MoveSpec spec : moves) {
                RoundMove move = new RoundMove();
                move.id = UUID.randomUUID();
                move.roundId = round.id;
                move.ordinal = ++ordinal;
                move.teacherId = UUID.randomUUID();
                move.fromSchoolId = Feed.newSchoolId();
                move.toSchoolId = Feed.newSchoolId();
                move.subject = "MATHEMATICS";
                move.form = spec.form();
                move.termYears = 1;
                move.returnDate = spec.returnDate();
                move.directions = spec.directions();
                move.reasons = "[]";
                move.status = spec.status();
                move.startedOn = RoundMove.PLANNED.equals(spec.status()) || RoundMove.DROPPED.equals(spec.status())
                        ? null : LocalDate.of(2041, 9, 1);
                move.returnedOn = RoundMove.RETURNED.equals(spec.status()) ? LocalDate.of(2042, 7, 15) : null;
                move.persist();
            }
        });
    }
}
