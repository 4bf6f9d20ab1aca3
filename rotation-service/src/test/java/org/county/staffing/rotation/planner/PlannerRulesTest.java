package org.county.staffing.rotation.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.county.staffing.rotation.planner.model.Candidate;
import org.county.staffing.rotation.planner.model.Direction;
import org.county.staffing.rotation.planner.model.Grade;
import org.county.staffing.rotation.planner.model.Location;
import org.county.staffing.rotation.planner.model.Move;
import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.PlanningProblem;
import org.county.staffing.rotation.planner.model.RotationForm;
import org.county.staffing.rotation.planner.model.RoundPlan;
import org.county.staffing.rotation.planner.model.SubjectPosition;
import org.county.staffing.rotation.planner.model.Tier;
import org.county.staffing.rotation.planner.model.UnmetShortage;
import org.junit.jupiter.api.Test;

class PlannerRulesTest {

    static final String COUNTY = "370683";
    final PlannerParameters defaults = PlannerParameters.defaults();

    static PlanSchool school(String id, String district, String community, Tier tier, Location location, int staff,
                             int quota, double lat, double lon) {
        return new PlanSchool(id, COUNTY, district, community, tier, location, lat, lon, staff, quota);
    }

    static Candidate teacher(String id, String school, String subject, int years, Grade grade, boolean backbone, boolean young) {
        return new Candidate(id, school, "post-" + id, subject, years, grade, backbone, young);
    }

    @Test
    void theTargetIsTheShareOfTheDueRoundedUp() {
        assertThat(TargetRule.target(2000, new BigDecimal("0.15"))).isEqualTo(300);
        assertThat(TargetRule.target(13, new BigDecimal("0.15"))).isEqualTo(2);
        assertThat(TargetRule.target(20, new BigDecimal("0.15"))).isEqualTo(3);
        assertThat(TargetRule.target(0, new BigDecimal("0.15"))).isZero();
        assertThat(TargetRule.target(7, BigDecimal.ONE)).isEqualTo(7);
        assertThatThrownBy(() -> TargetRule.target(10, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetRule.target(10, new BigDecimal("1.01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMoveNeedsAtLeastOneDirection() {
        PlanSchool strongOver = school("A", "D1", null, Tier.STRONG, Location.URBAN, 50, 45, 36.0, 116.0);
        PlanSchool weakUnder = school("B", "D1", null, Tier.WEAK, Location.RURAL, 20, 24, 36.1, 116.1);
        PlanSchool ordinaryBalanced = school("C", "D1", null, Tier.ORDINARY, Location.TOWN, 30, 30, 36.1, 116.0);
        SubjectPosition noSurplus = new SubjectPosition("A", "MATHEMATICS", 5, 5, 0);
        SubjectPosition shortAtB = new SubjectPosition("B", "MATHEMATICS", 3, 2, 1);
        SubjectPosition shortAtA = new SubjectPosition("A", "MATHEMATICS", 5, 4, 1);

        assertThat(DirectionRules.satisfied(strongOver, noSurplus, weakUnder, shortAtB))
                .containsExactly(Direction.OVER_TO_UNDER, Direction.STRONG_TO_WEAK);
        // weak to strong with no surplus and no over-staffing: no direction
        assertThat(DirectionRules.satisfied(weakUnder, new SubjectPosition("B", "MATHEMATICS", 3, 3, 0), strongOver, shortAtA)).isEmpty();
        // a surplus in the subject allows any destination short of it
        assertThat(DirectionRules.satisfied(weakUnder, new SubjectPosition("B", "MATHEMATICS", 2, 4, 0), ordinaryBalanced,
                new SubjectPosition("C", "MATHEMATICS", 3, 2, 1))).containsExactly(Direction.SURPLUS_TO_SHORTAGE);
        // a destination without a vacancy is no destination
        assertThat(DirectionRules.satisfied(strongOver, noSurplus, weakUnder, new SubjectPosition("B", "MATHEMATICS", 2, 2, 0))).isEmpty();
        // another county's school is never a destination
        PlanSchool elsewhere = new PlanSchool("E", "370602", "D1", null, Tier.WEAK, Location.RURAL, 10, 20, 36, 116);
        assertThat(DirectionRules.satisfied(strongOver, noSurplus, elsewhere, new SubjectPosition("E", "MATHEMATICS", 2, 1, 1))).isEmpty();
    }

    @Test
    void aSurplusNetOfOwnVacanciesAndTheSourceCaps() {
        assertThat(new SubjectPosition("A", "ART", 2, 5, 0).surplus()).isEqualTo(3);
        assertThat(new SubjectPosition("A", "ART", 2, 5, 1).surplus()).isZero();
        assertThat(SourceCaps.subject(new SubjectPosition("A", "ART", 2, 5, 0), defaults)).isEqualTo(4);
        assertThat(SourceCaps.subject(new SubjectPosition("A", "ART", 2, 2, 0), defaults)).isEqualTo(1);
        // keeps at least one teacher of the subject
        assertThat(SourceCaps.subject(new SubjectPosition("A", "ART", 1, 1, 0), defaults)).isZero();
        PlanSchool school = school("A", "D1", null, Tier.STRONG, Location.URBAN, 49, 49, 36, 116);
        assertThat(SourceCaps.school(school, defaults)).isEqualTo(4);
        assertThat(SourceCaps.school(school("B", "D1", null, Tier.STRONG, Location.URBAN, 9, 9, 36, 116), defaults)).isZero();
    }

    @Test
    void costsAreIntegralAndCoverageIsConvex() {
        PlanSchool weakRural = school("B", "D1", null, Tier.WEAK, Location.RURAL, 20, 24, 36.1, 116.1);
        PlanSchool strongUrban = school("A", "D2", null, Tier.STRONG, Location.URBAN, 50, 45, 36.0, 116.0);
        CostModel costs = new CostModel(List.of(weakRural, strongUrban), defaults.weights());
        assertThat(costs.coverage(weakRural, 0)).isZero();
        assertThat(costs.coverage(weakRural, 1)).isEqualTo(20);
        assertThat(costs.coverage(strongUrban, 0)).isEqualTo(160);
        assertThat(costs.priority(teacher("t", "A", "ART", 12, Grade.EXCELLENT, false, false))).isZero();
        assertThat(costs.priority(teacher("t", "A", "ART", 6, Grade.BASIC, false, false))).isEqualTo(60 + 30);
        assertThat(costs.priority(teacher("t", "A", "ART", 8, null, false, false))).isEqualTo(40 + 20);
        assertThat(costs.backbone(true, Tier.WEAK)).isZero();
        assertThat(costs.backbone(true, Tier.ORDINARY)).isEqualTo(30);
        // one district each: the route runs through both centres and the county seat
        assertThat(costs.travelKm(strongUrban, weakRural)).isEqualTo(costs.spokeKm(COUNTY + "/D1") + costs.spokeKm(COUNTY + "/D2"));
        assertThat(costs.travelKm(strongUrban, weakRural)).isBetween(13, 16);
    }

    /**
     * A strong urban school with backbone and young teachers, a weak rural school short of mathematics,
     * a strong school short of art that a weak school has too much of, and a paired exchange.
     */
    @Test
    void thePlannerExplainsEveryMoveAndEveryUnmetShortage() {
        PlanSchool city = school("1000000001", "D1", "C1", Tier.STRONG, Location.URBAN, 60, 58, 36.00, 116.00);
        PlanSchool village = school("1000000002", "D2", "C1", Tier.WEAK, Location.RURAL, 30, 34, 36.20, 116.20);
        PlanSchool town = school("1000000003", "D1", null, Tier.WEAK, Location.TOWN, 40, 40, 36.02, 116.03);
        List<SubjectPosition> positions = List.of(
                new SubjectPosition(city.id(), "MATHEMATICS", 10, 10, 0),
                new SubjectPosition(city.id(), "ART", 3, 2, 1),
                new SubjectPosition(city.id(), "CHINESE", 10, 10, 0),
                new SubjectPosition(village.id(), "MATHEMATICS", 5, 3, 2),
                new SubjectPosition(village.id(), "PHYSICS", 2, 1, 1),
                new SubjectPosition(town.id(), "ART", 2, 4, 0),
                new SubjectPosition(town.id(), "CHINESE", 5, 4, 1));
        List<Candidate> due = List.of(
                teacher("t-math-1", city.id(), "MATHEMATICS", 12, Grade.EXCELLENT, true, false),
                teacher("t-math-2", city.id(), "MATHEMATICS", 7, Grade.COMPETENT, false, false),
                teacher("t-chinese", city.id(), "CHINESE", 9, Grade.COMPETENT, false, false),
                teacher("t-art-young", town.id(), "ART", 6, Grade.EXCELLENT, false, true));
        PlanningProblem problem = PlanningProblem.ofCounty(COUNTY, List.of(city, village, town), positions, due, 4, defaults);

        RoundPlan plan = new RotationPlanner().plan(problem);

        assertThat(plan.moves()).hasSize(3);
        assertThat(plan.gap()).isEqualTo(1);
        assertThat(plan.gapReasons()).extracting(r -> r.code()).contains("MAX_FEASIBLE_MOVES");
        Map<String, Move> byTeacher = new java.util.HashMap<>();
        plan.moves().forEach(m -> byTeacher.put(m.teacherId(), m));
        // the city may give one mathematics teacher (no surplus): the better priority goes, to the village
        Move math = byTeacher.get("t-math-1");
        assertThat(math.toSchoolId()).isEqualTo(village.id());
        assertThat(math.directions()).contains(Direction.STRONG_TO_WEAK);
        assertThat(math.form()).isEqualTo(RotationForm.SUPPORT_TEACHING);
        assertThat(math.termYears()).isEqualTo(1);
        assertThat(math.cost().backbone()).isZero();
        assertThat(byTeacher).doesNotContainKey("t-math-2");
        // city and town exchange: Chinese to the town, art back to the city (town has an art surplus)
        assertThat(byTeacher.get("t-chinese").form()).isEqualTo(RotationForm.PAIRED_EXCHANGE);
        assertThat(byTeacher.get("t-chinese").pairedWith()).isEqualTo("t-art-young");
        assertThat(byTeacher.get("t-art-young").directions()).containsExactly(Direction.SURPLUS_TO_SHORTAGE);
        // the reasons a department and the teacher read name the subject in Chinese
        assertThat(math.reasons()).filteredOn(r -> r.code().equals("SHORTAGE_FILLED")).singleElement()
                .satisfies(r -> assertThat(r.zh()).contains("数学学科").doesNotContain("MATHEMATICS"));
        for (Move move : plan.moves()) {
            assertThat(move.reasons()).extracting(r -> r.code()).contains("SHORTAGE_FILLED", "COST_TERMS");
            assertThat(move.cost().total()).isEqualTo(move.cost().priority() + move.cost().travel()
                    + move.cost().backbone() + move.cost().coverage());
        }
        assertThat(plan.totalCost()).isEqualTo(plan.moves().stream().mapToLong(m -> m.cost().total()).sum());
        // the village's physics post has no due physics teacher anywhere; its second mathematics vacancy
        // could only be filled by the city, which already gave its one mathematics teacher
        assertThat(plan.unmet()).extracting(UnmetShortage::subject, u -> u.why().code()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("MATHEMATICS", "GIVERS_EXHAUSTED"),
                org.assertj.core.groups.Tuple.tuple("PHYSICS", "NO_ELIGIBLE_GIVER"));
        PerTeacherReference.Result reference = PerTeacherReference.jgrapht(problem);
        assertThat(plan.totalCost()).isEqualTo(reference.cost());
    }

    @Test
    void formsFollowTheirRulesInOrder() {
        PlanSchool weak = school("W", "D1", "C1", Tier.WEAK, Location.RURAL, 30, 30, 36, 116);
        PlanSchool strong = school("S", "D1", "C1", Tier.STRONG, Location.URBAN, 30, 30, 36, 116);
        PlanSchool town = school("T", "D2", null, Tier.ORDINARY, Location.TOWN, 30, 30, 36, 116);
        SubjectPosition small = new SubjectPosition("W", "MUSIC", 2, 1, 1);
        SubjectPosition big = new SubjectPosition("S", "ENGLISH", 6, 3, 3);
        SubjectPosition townSmall = new SubjectPosition("T", "MUSIC", 2, 1, 1);
        var young = teacher("y", "W", "ENGLISH", 6, Grade.EXCELLENT, false, true);
        var music = teacher("m", "S", "MUSIC", 8, Grade.COMPETENT, false, false);
        var costs = org.county.staffing.rotation.planner.model.CostTerms.of(0, 0, 0, 0, 0);
        assertThat(FormRules.formOf(new Assignment(young, weak, strong, big, 0, List.of(Direction.SURPLUS_TO_SHORTAGE), costs), defaults))
                .isEqualTo(RotationForm.SHADOWING);
        assertThat(FormRules.formOf(new Assignment(music, strong, weak, small, 0, List.of(Direction.STRONG_TO_WEAK), costs), defaults))
                .isEqualTo(RotationForm.ITINERANT);
        // another district and no community: urban to town is support teaching
        assertThat(FormRules.formOf(new Assignment(music, strong, town, townSmall, 0, List.of(Direction.STRONG_TO_WEAK), costs), defaults))
                .isEqualTo(RotationForm.SUPPORT_TEACHING);
        // town to urban, not young: competition
        var townTeacher = teacher("x", "T", "ENGLISH", 9, Grade.COMPETENT, false, false);
        assertThat(FormRules.formOf(new Assignment(townTeacher, town, strong, big, 0, List.of(Direction.SURPLUS_TO_SHORTAGE), costs), defaults))
                .isEqualTo(RotationForm.COMPETITION);
        assertThat(defaults.termYears(RotationForm.COMPETITION)).isZero();
    }
}
