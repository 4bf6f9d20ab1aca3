package org.county.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.demo.AnnualCycle;
import org.county.staffing.infra.demo.Api;
import org.county.staffing.infra.demo.CountyLoader;
import org.county.staffing.infra.demo.CountyUsers;
import org.county.staffing.infra.demo.CycleReport;
import org.county.staffing.infra.demo.Endpoints.Service;
import org.county.staffing.infra.demo.Parallel;
import org.county.staffing.infra.demo.Progress;
import org.county.staffing.infra.demo.RealmUsers;
import org.county.staffing.infra.demo.Timings;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One school year's cycle of a generated rural county through the five running services, with
 * real tokens of each department's users, one broker and one PostgreSQL: the invariants are
 * checked against the services' own databases after every step.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnualCycleTest {

    /** A county of its own: the other cross-service tests register schools in the demo county. */
    static final String COUNTY = "370646";

    /** The rotation's five forms (轮岗形式), each carried out by its meaning. */
    static final String[] FORMS = {"COMPETITION", "PAIRED_EXCHANGE", "SUPPORT_TEACHING", "SHADOWING", "ITINERANT"};

    private final CrossServicePlatform platform = CrossServicePlatform.get();
    /**
     * A rural county with half the seed's schools at their full size (38 schools, 2,231 teachers):
     * the smallest generated counties tried whose round uses all five forms (the small scale's 13
     * schools give 5 to 9 moves, nearly all competitions), and whose competitions are won, lost and declined.
     */
    private final CountyModel county = CountyGenerator.generate(6, CountyGenerator.Scale.FULL, COUNTY,
            CountyGenerator.Shape.RURAL_COUNTY, 0.5);
    private final CountyUsers users = CountyUsers.of(COUNTY);
    private final Api api = new Api(platform.endpoints(), CrossServicePlatform.PASSWORD);
    private final Progress progress = new Progress(System.out);

    private CycleReport run(AnnualCycle.Listener listener) {
        CycleReport report = new CycleReport();
        Timings timings = new Timings(api);
        try (Parallel parallel = new Parallel(4)) {
            RealmUsers realm = new RealmUsers(api.http(), platform.endpoints().keycloak(), "admin", "admin", CrossServicePlatform.PASSWORD);
            report.loaded = new CountyLoader(api, users, realm, progress, parallel, timings).load(county);
            new AnnualCycle(api, users, progress, parallel, timings, listener, CrossServicePlatform.clock()).run(county, report);
        }
        return report;
    }

    @Test
    @Order(1)
    void theSchoolYearsCycleKeepsEveryInvariantAfterEveryStep() {
        CountyInvariants invariants = new CountyInvariants(platform, api, users);
        Map<String, JsonNode> picturesBeforeRound = new HashMap<>();
        Map<String, String> tiers = new HashMap<>();
        List<String> checked = new java.util.ArrayList<>();

        CycleReport report = run(new AnnualCycle.Listener() {
            @Override
            public void afterStep(String step, CycleReport r) {
                invariants.afterStep(step, county.currentYear(), r);
                checked.add(step);
                if (step.equals("rotation")) {
                    SoftAssertions soft = new SoftAssertions();
                    CountyInvariants.movesFollowTheDirectionRules(r.round, picturesBeforeRound, tiers, soft);
                    soft.assertAll();
                }
            }

            @Override
            public void checkpoint(String name) {
                if (name.equals(AnnualCycle.ROUND_PLANNED)) {
                    // the staffing the round is planned on, as the schools' side sees it
                    platform.awaitQuiet(Duration.ofMinutes(2));
                    for (CountyModel.SchoolSpec s : county.schools()) {
                        picturesBeforeRound.put(s.id(), api.get(Service.ROTATION, "/schools/" + s.id() + "/staffing", users.educationBureau()));
                        tiers.put(s.id(), api.get(Service.ROTATION, "/schools/" + s.id() + "/profile", users.educationBureau()).path("tier").asText());
                    }
                }
            }
        });

        assertThat(checked).isEqualTo(AnnualCycle.STEPS);
        assertThat(picturesBeforeRound).as("the round was planned in this run").hasSize(county.schools().size());
        // the verification left schools over- and under-staffed; the executed plan left none over
        assertThat(report.afterVerification).anyMatch(CycleReport.SchoolLine::overStaffed).anyMatch(CycleReport.SchoolLine::underStaffed);
        assertThat(report.end).noneMatch(CycleReport.SchoolLine::overStaffed);
        // the campaign is decided on what a simulated round leaves unmet (for want of a teacher, within half
        // what the pool's quota has left); this county's pools leave no room for it: none opens
        assertThat(report.campaign.unmetReasons()).as("vacancies a simulated round left unmet, by reason").isNotEmpty();
        if (report.campaign.campaignId() != null) {
            assertThat(report.campaign.hired()).isPositive();
        }
        // every school's regulation issued before HR established posts, the party organisation by size
        assertThat(report.regulations.schools()).isEqualTo(county.schools().size());
        assertThat(report.regulations.byPartyOrganisation()).containsKey("PARTY_BRANCH");
        assertThat(report.regulations.leadershipPosts()).isGreaterThanOrEqualTo(county.schools().size());
        assertThat(report.evaluations.recorded()).isEqualTo(county.teachers().size());

        // the first version was rejected by HR with reasons, the corrected one approved by both
        assertThat(report.decisions).anySatisfy(d -> {
            assertThat(d.version()).isEqualTo(1);
            assertThat(d.department()).isEqualTo("HR");
            assertThat(d.decision()).isEqualTo("REJECT");
            assertThat(d.reasons()).isNotEmpty().first().asString().startsWith("PLAN_SCHOOLS_WITHIN_QUOTA");
        });
        assertThat(report.decisions).filteredOn(d -> d.version() == 2).extracting(CycleReport.Decision::decision)
                .containsExactly("APPROVE", "APPROVE");
        assertThat(report.plan.path("status").asText()).isEqualTo("EXECUTED");

        // the round used all five forms
        Map<String, Integer> forms = new HashMap<>();
        report.round.path("moves").forEach(m -> forms.merge(m.path("form").asText(), 1, Integer::sum));
        assertThat(forms).as("the round's moves by form").containsKeys(FORMS);

        // every move of the plan was carried out by its form: assignments keep the home post, each
        // competition ended with one acceptance (the planned teacher's, or a colleague's when lost or declined)
        int moves = report.planItems.getOrDefault("TEACHER_MOVE", 0);
        assertThat(moves).as("the plan holds the round's moves but those taken out for want of quota in their pool")
                .isEqualTo(report.round.path("moves").size() - report.movesTakenOut);
        String planId = report.plan.path("planId").asText();
        Map<String, Integer> outcomes = report.moveOutcomes;
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(moves);
        assertThat(outcomes).doesNotContainKeys("NOT_CARRIED_OUT", "COMPETITION_OPEN", "COMPETITION_OFFERED");
        int assigned = outcomes.getOrDefault("ON_ASSIGNMENT", 0);
        assertThat(platform.count("recruitment", "select count(*) from assignment where plan_id = ?::uuid", planId))
                .as("assignments of the plan").isEqualTo(assigned);
        assertThat(platform.count("recruitment", "select count(*) from appointment where county_id = ? and plan_id = ?::uuid",
                COUNTY, planId)).as("appointments by the plan's transfers and competitions").isEqualTo(moves - assigned);
        assertThat(platform.count("recruitment", "select count(*) from campaign where plan_id = ?::uuid and status <> 'CLOSED'", planId))
                .as("competitions not settled").isZero();
        Map<String, Integer> plannedForms = new HashMap<>();
        report.plan.path("items").forEach(i -> {
            if ("TEACHER_MOVE".equals(i.path("kind").asText())) {
                plannedForms.merge(i.path("form").asText(), 1, Integer::sum);
            }
        });
        assertThat(plannedForms).as("the plan's moves by form").containsKeys(FORMS);
        assertThat(outcomes.getOrDefault("ON_ASSIGNMENT", 0)).as("support teaching, shadowing and itinerant teaching")
                .isEqualTo(plannedForms.get("SUPPORT_TEACHING") + plannedForms.get("SHADOWING") + plannedForms.get("ITINERANT"));
        assertThat(outcomes.getOrDefault("TRANSFERRED", 0)).as("both teachers of each paired exchange")
                .isEqualTo(plannedForms.get("PAIRED_EXCHANGE"));
        assertThat(outcomes.getOrDefault("COMPETITION_WON", 0) + outcomes.getOrDefault("COMPETITION_LOST", 0)
                + outcomes.getOrDefault("COMPETITION_DECLINED", 0) + outcomes.getOrDefault("COMPETITION_POST_FROZEN", 0))
                .isEqualTo(plannedForms.get("COMPETITION"));
        assertThat(outcomes).containsKeys("COMPETITION_WON", "COMPETITION_LOST", "COMPETITION_DECLINED");
        assertThat(platform.count("rotation", """
                select count(*) from round_move m join rotation_round r on r.id = m.round_id
                where r.county_id = ? and m.status = 'STARTED'""", COUNTY)).isEqualTo(moves);
        assertThat(report.execution.quotaExecution()).isEqualTo("APPLIED");
        assertThat(platform.count("quota", "select count(*) from ledger_entry where county_id = ? and kind = 'TRANSFER' and reference = ?",
                COUNTY, report.plan.path("planId").asText())).isEqualTo(2L * report.planItems.getOrDefault("QUOTA_TRANSFER", 0));

        // the inspection found the unapproved secondment the county was loaded with
        assertThat(report.inspection.path("findings")).anySatisfy(f -> assertThat(f.path("rule").asText()).isEqualTo("SECONDMENT_APPROVED"));

        SoftAssertions soft = new SoftAssertions();
        new CountyInvariants(platform, api, users).auditLogHasEveryEventOnce(soft);
        new FormsOnTheGround(platform, api, users).check(planId, false, soft);
        soft.assertAll();
        assertThat(report.auditVerify.path("status").asText()).isEqualTo("OK");
        assertThat(api.serverErrors()).as("answers 5xx during the cycle").isZero();
    }

    @Test
    @Order(2)
    void runningTheDemoAgainOnACompletedYearWritesNothing() {
        run(new AnnualCycle.Listener() { });
        platform.awaitQuiet(Duration.ofMinutes(2));
        Map<String, String> before = platform.fingerprint();

        CycleReport again = run(new AnnualCycle.Listener() { });
        platform.awaitQuiet(Duration.ofMinutes(2));

        assertThat(platform.fingerprint()).isEqualTo(before);
        assertThat(again.notes).anyMatch(n -> n.contains("carried out before"));
        assertThat(again.plan.path("status").asText()).isEqualTo("EXECUTED");
    }

    /**
     * The return date comes: recruitment-service restarted with its clock a day after the last
     * assignment's return date, its return check every two seconds, brings every teacher on support
     * teaching, shadowing or itinerant teaching back home, and every service follows.
     */
    @Test
    @Order(3)
    void afterTheReturnDateEveryAssignedTeacherIsBackOnTheHomePostAndEveryServiceFollows() {
        String planId = null;
        for (JsonNode p : api.get(Service.RECRUITMENT, "/plans?schoolYear=" + county.currentYear(), users.educationBureau())) {
            if ("EXECUTED".equals(p.path("status").asText())) {
                planId = p.path("planId").asText();
            }
        }
        assertThat(planId).as("the year's plan was executed by the tests before").isNotNull();
        String plan = planId;
        List<JsonNode> assignments = new java.util.ArrayList<>();
        api.get(Service.RECRUITMENT, "/assignments", users.educationBureau()).forEach(a -> {
            if (plan.equals(a.path("planId").asText())) {
                assignments.add(a);
            }
        });
        assertThat(assignments).as("the plan's support teaching, shadowing and itinerant assignments").isNotEmpty();
        java.time.LocalDate lastReturn = assignments.stream().map(a -> java.time.LocalDate.parse(a.path("returnDate").asText()))
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
        try {
            platform.restartWith("recruitment", Map.of("platform.clock.fixed", lastReturn.plusDays(1).toString(),
                    "recruitment.assignment.return-check-every", "2s"));
            org.awaitility.Awaitility.await("every assignment of the plan returned").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(2)).until(() -> platform.count("recruitment",
                            "select count(*) from assignment where plan_id = ?::uuid and ended_on is null", plan) == 0);
            platform.awaitQuiet(Duration.ofMinutes(3));

            SoftAssertions soft = new SoftAssertions();
            new FormsOnTheGround(platform, api, users).check(plan, true, soft);
            CountyInvariants invariants = new CountyInvariants(platform, api, users);
            invariants.postsWithinQuota(county.currentYear(), true, soft);
            invariants.poolsWithinTotals(soft);
            invariants.ledgerBalancesAreSumsOfEntries(soft);
            invariants.onePostOneTeacher(soft);
            invariants.auditLogHasEveryEventOnce(soft);
            soft.assertAll();
        } finally {
            platform.restartWith("recruitment", Map.of());
        }
    }
}
