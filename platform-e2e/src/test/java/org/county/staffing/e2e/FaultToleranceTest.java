package org.county.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
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
import org.county.staffing.infra.demo.Parallel;
import org.county.staffing.infra.demo.Progress;
import org.county.staffing.infra.demo.RealmUsers;
import org.county.staffing.infra.demo.Timings;
import org.county.staffing.infra.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cycle of another small county under faults: the broker down for 30 s in the middle of it, the
 * education bureau's service killed (SIGKILL) and restarted while the plan awaits HR's approval,
 * every event delivered a second time, and a barrage of malformed and hostile requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTest {

    static final String COUNTY = "370681";
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    private final CrossServicePlatform platform = CrossServicePlatform.get();
    private final CountyModel county = CountyGenerator.generate(13, CountyGenerator.Scale.SMALL, COUNTY);
    private final CountyUsers users = CountyUsers.of(COUNTY);
    private final Api api = new Api(platform.endpoints(), CrossServicePlatform.PASSWORD);
    private final Progress progress = new Progress(System.out);
    private final Timings timings = new Timings(api);
    private final Parallel parallel = new Parallel(4);

    @BeforeAll
    void loadTheCounty() {
        RealmUsers realm = new RealmUsers(api.http(), platform.endpoints().keycloak(), "admin", "admin", CrossServicePlatform.PASSWORD);
        new CountyLoader(api, users, realm, progress, parallel, timings).load(county);
    }

    @AfterAll
    void closeThePool() {
        parallel.close();
    }

    @Test
    @Order(1)
    void theCycleCompletesThroughABrokerOutageAndACrashedServiceAndLosesNoEvent() {
        BrokerOutage outage = new BrokerOutage();
        List<String> crashed = new ArrayList<>();

        CycleReport report = new CycleReport();
        new AnnualCycle(api, users, progress, parallel, timings, new AnnualCycle.Listener() {
            @Override
            public void afterStep(String step, CycleReport r) {
                if (step.equals("verification")) {
                    // HR sets up posts, the bureau recruits, while no event can be published or consumed
                    outage.begin(progress, "the broker", OUTAGE, TestServers::stopKafka, TestServers::startKafka);
                }
            }

            @Override
            public void checkpoint(String name) {
                if (name.equals(AnnualCycle.STAFFING_OFFICE_APPROVED)) {
                    // the bureau's service dies while the staffing office's decision is on its way to it
                    progress.say("FAULT: recruitment-service killed (SIGKILL) and restarted");
                    platform.killAndRestart("recruitment");
                    crashed.add(name);
                }
            }
        }, CrossServicePlatform.clock()).run(county, report);
        assertThat(outage.awaitBack()).as("the broker was down").isGreaterThanOrEqualTo(OUTAGE);
        assertThat(crashed).as("the service was killed during the plan's approval").hasSize(1);
        assertThat(report.plan.path("status").asText()).isEqualTo("EXECUTED");
        assertThat(report.execution.rotationsStarted()).isEqualTo(report.round.path("moves").size()).isPositive();
        assertThat(report.end).noneMatch(CycleReport.SchoolLine::overStaffed);

        platform.awaitQuiet(Duration.ofMinutes(3));
        CountyInvariants invariants = new CountyInvariants(platform, api, users);
        SoftAssertions soft = new SoftAssertions();
        invariants.auditLogHasEveryEventOnce(soft);
        invariants.postsWithinQuota(county.currentYear(), true, soft);
        invariants.poolsWithinTotals(soft);
        invariants.ledgerBalancesAreSumsOfEntries(soft);
        invariants.onePostOneTeacher(soft);
        soft.assertAll();
    }

    @Test
    @Order(2)
    void everyEventDeliveredTwiceHasNoSecondEffect() {
        platform.awaitQuiet(Duration.ofMinutes(3));
        Map<String, String> before = platform.fingerprint();

        int republished = 0;
        for (String topic : TestServers.PLATFORM_TOPICS) {
            republished += Redelivery.republish(topic);
        }
        // every consumer group reads to the new ends of its topics: each copy was delivered and handled
        platform.awaitQuiet(Duration.ofMinutes(4));

        assertThat(republished).as("records delivered a second time").isGreaterThan(county.teachers().size());
        assertThat(platform.fingerprint()).as("every table of every service, after the second delivery").isEqualTo(before);
    }

    @Test
    @Order(3)
    void malformedAndHostileRequestsAreRefusedWithProblemDetailsAndWriteNothing() {
        platform.awaitQuiet(Duration.ofMinutes(3));
        HostileRequests.Targets targets = HostileRequests.targets(api, users,
                List.of(county.schools().get(0).id(), county.schools().get(1).id()), "1" + AnnualCycleTest.COUNTY + "001",
                county.currentYear());
        List<HostileRequests.Attempt> attempts = HostileRequests.build(users, targets);
        Map<String, String> before = platform.fingerprint();

        List<String> notRefused = new ArrayList<>();
        long serverErrors = 0;
        for (HostileRequests.Attempt a : attempts) {
            Api.Reply reply = api.raw(a.service(), a.method(), a.path(), a.user(), a.body(), a.contentType());
            serverErrors += reply.status() >= 500 ? 1 : 0;
            if (reply.status() < 400 || reply.status() >= 500 || !reply.problem()) {
                notRefused.add(reply.status() + " " + reply.contentType() + " for " + a);
            }
        }
        platform.awaitQuiet(Duration.ofMinutes(2));

        assertThat(attempts).hasSizeGreaterThanOrEqualTo(200);
        assertThat(serverErrors).as("answers 5xx").isZero();
        assertThat(notRefused).as("requests not refused with a 4xx problem+json").isEmpty();
        assertThat(platform.fingerprint()).as("every table of every service").isEqualTo(before);
    }
}
