package org.county.staffing.e2e.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import org.assertj.core.api.SoftAssertions;
import org.county.staffing.e2e.BrokerOutage;
import org.county.staffing.e2e.CountyInvariants;
import org.county.staffing.e2e.CrossServicePlatform;
import org.county.staffing.infra.county.CountyGenerator;
import org.county.staffing.infra.county.CountyModel;
import org.county.staffing.infra.county.CountyModel.SchoolSpec;
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
import org.county.staffing.infra.process.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A small county's school year on two instances of every service behind round-robin balancers,
 * a three-node Kafka cluster and one PostgreSQL: a broker node stops in the middle of the cycle
 * and comes back, PostgreSQL stops and restarts while events are on their way (the services say
 * they are not ready meanwhile and recover without a restart), and an instance is killed in the
 * middle of a burst of writes. Nothing is lost, nothing is handled or recorded twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutTest {

    static final String COUNTY = "370687";
    private static final Duration BROKER_AWAY = Duration.ofSeconds(30);
    private static final Duration POSTGRES_AWAY = Duration.ofSeconds(15);
    /** How soon after a fault ended the relay has sent again what the fault broke off. */
    private static final Duration AFTER_A_FAULT = Duration.ofMinutes(2);

    private ScaledPlatform platform;
    private final CountyModel county = CountyGenerator.generate(17, CountyGenerator.Scale.SMALL, COUNTY);
    private final CountyUsers users = CountyUsers.of(COUNTY);
    private final Progress progress = new Progress(System.out);
    private final Parallel parallel = new Parallel(4);
    private Api api;
    private Timings timings;

    @BeforeAll
    void startAndLoadTheCounty() throws Exception {
        platform = new ScaledPlatform(Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize());
        api = new Api(platform.endpoints(), ScaledPlatform.PASSWORD);
        timings = new Timings(api);
        RealmUsers realm = new RealmUsers(api.http(), platform.endpoints().keycloak(), "admin", "admin", ScaledPlatform.PASSWORD);
        new CountyLoader(api, users, realm, progress, parallel, timings).load(county);
    }

    @AfterAll
    void stopEverything() {
        parallel.close();
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void theCycleCompletesOnTwoInstancesThroughABrokerNodeAwayAndAPostgresRestart() {
        BrokerOutage outage = new BrokerOutage();
        // when PostgreSQL went away and came back
        List<Instant> faults = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<String, List<Integer>> readinessWhilePostgresDown = new HashMap<>();
        Map<String, Long> pidsBefore = new HashMap<>();
        platform.allInstances().forEach(i -> pidsBefore.put(i.name(), pid(i)));

        CycleReport report = new CycleReport();
        new AnnualCycle(api, users, progress, parallel, timings, new AnnualCycle.Listener() {
            @Override
            public void afterStep(String step, CycleReport r) {
                if (step.equals("verification")) {
                    // HR sets up posts and the bureau recruits on two of three nodes
                    outage.begin(progress, "Kafka node 2", BROKER_AWAY, () -> platform.kafka().stop(2), () -> platform.kafka().start(2));
                }
                if (step.equals("evaluations")) {
                    // the events of the step just done are still being published and consumed
                    progress.say("FAULT: PostgreSQL stops for " + POSTGRES_AWAY.toSeconds() + " s");
                    faults.add(Instant.now());
                    platform.stopPostgres();
                    long back = System.nanoTime() + POSTGRES_AWAY.toNanos();
                    for (ServiceProcess instance : platform.allInstances()) {
                        readinessWhilePostgresDown.put(instance.name(), awaitReadiness(instance, status -> status != 200,
                                Duration.ofSeconds(60)));
                    }
                    Api.sleep(Math.max(0, (back - System.nanoTime()) / 1_000_000));
                    platform.startPostgres();
                    faults.add(Instant.now());
                    progress.say("FAULT: PostgreSQL is back");
                    for (ServiceProcess instance : platform.allInstances()) {
                        awaitReadiness(instance, status -> status == 200, Duration.ofMinutes(3));
                    }
                }
            }
        }, CrossServicePlatform.clock()).run(county, report);
        assertThat(outage.awaitBack()).as("Kafka node 2 was away").isGreaterThanOrEqualTo(BROKER_AWAY);
        assertThat(readinessWhilePostgresDown).as("instances not ready while PostgreSQL was down").hasSize(10)
                .allSatisfy((name, statuses) -> assertThat(statuses).as(name).isNotEmpty());
        Map<String, Long> pidsAfter = new HashMap<>();
        platform.allInstances().forEach(i -> pidsAfter.put(i.name(), pid(i)));
        assertThat(pidsAfter).as("no instance was restarted").isEqualTo(pidsBefore);
        assertThat(report.plan.path("status").asText()).isEqualTo("EXECUTED");
        assertThat(report.execution.rotationsStarted()).isEqualTo(report.round.path("moves").size()).isPositive();
        assertThat(report.end).noneMatch(CycleReport.SchoolLine::overStaffed);
        for (String service : ScaledPlatform.SERVICES) {
            assertThat(java.util.Arrays.stream(platform.served(service)).boxed().toList())
                    .as("requests each instance of %s-service served", service).allSatisfy(n -> assertThat(n).isPositive());
        }

        platform.awaitQuiet(Duration.ofMinutes(4));
        CountyInvariants invariants = new CountyInvariants(platform, api, users);
        SoftAssertions soft = new SoftAssertions();
        invariants.auditLogHasEveryEventOnce(soft);
        invariants.postsWithinQuota(county.currentYear(), true, soft);
        invariants.poolsWithinTotals(soft);
        invariants.ledgerBalancesAreSumsOfEntries(soft);
        invariants.onePostOneTeacher(soft);
        soft.assertAll();

        // delivery is at least once: a batch the broker acknowledged but whose marking an outage broke off
        // (PostgreSQL gone before the commit, or an acknowledgement later than the relay waited) is sent
        // again. Such a row stands twice and was marked soon after a fault ended; any other row stands once
        // (two relays never send the same row), and the audit log above holds every event once.
        EventCopies copies = EventCopies.read(platform.kafkaBootstrapServers());
        List<Instant[]> windows = List.of(outage.window(), new Instant[] {faults.get(0), faults.get(1)});
        Map<String, Instant> publishedAt = new HashMap<>();
        for (String database : List.of("quota", "post", "recruitment", "rotation")) {
            List<String> rows = new ArrayList<>();
            platform.rows(database, "select event_id::text as id, (extract(epoch from published_at) * 1000)::bigint as at from outbox_event")
                    .forEach(r -> {
                        rows.add((String) r.get("id"));
                        publishedAt.put((String) r.get("id"), Instant.ofEpochMilli(((Number) r.get("at")).longValue()));
                    });
            assertThat(rows).as("%s outbox rows on their topic", database).allMatch(id -> copies.count(id) >= 1);
        }
        assertThat(copies.publishedMoreThanOnce()).as("outbox rows published more than once outside an outage's batch")
                .allSatisfy((id, n) -> {
                    assertThat(n).as(id).isEqualTo(2);
                    Instant at = publishedAt.get(id);
                    assertThat(windows).as("%s marked at %s", id, at).anyMatch(w -> at != null && !at.isBefore(w[0])
                            && !at.isAfter(w[1].plus(AFTER_A_FAULT)));
                });
        progress.say("outbox rows on their topic twice (an outage broke off their batch): " + copies.publishedMoreThanOnce().size());
        progress.say("requests per instance: " + servedSummary());
    }

    @Test
    @Order(2)
    void aBurstOfWritesLosesNothingWhenAnInstanceIsKilledInTheMiddle() {
        platform.awaitQuiet(Duration.ofMinutes(3));
        SchoolSpec model = county.schools().get(0);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            ids.add("1" + COUNTY + (900 + i));
        }
        long servedByFirstBefore = platform.served("quota")[0];
        AtomicInteger acknowledged = new AtomicInteger();
        CompletableFuture<Void> kill = CompletableFuture.runAsync(() -> {
            while (acknowledged.get() < 25) {
                Api.sleep(20);
            }
            progress.say("FAULT: quota-service-2 killed (SIGKILL) in the middle of the burst");
            platform.instance("quota", 2).kill();
        });
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        parallel.each(ids, id -> {
            ObjectNode body = Api.object().put("id", id).put("name", "擴容測試學校" + id.substring(7)).put("kind", model.kind())
                    .put("location", model.location()).put("district", model.district());
            model.stages().forEach(body.putArray("stages")::add);
            // a write whose connection broke may have been applied: the balancer answers 502, the client
            // repeats it, and the school's id makes the repetition a 409
            Api.Reply reply = api.call(Service.QUOTA, "POST", "/schools", users.staffingOffice(), body);
            statuses.add(reply.status());
            acknowledged.incrementAndGet();
        });
        kill.join();

        assertThat(statuses).as("answers to the burst").hasSize(ids.size()).allMatch(s -> s == 201 || s == 409);
        assertThat(platform.instance("quota", 2).isAlive()).isFalse();
        assertThat(platform.served("quota")[0]).as("the surviving instance carried on")
                .isGreaterThan(servedByFirstBefore + ids.size() / 3);

        platform.awaitQuiet(Duration.ofMinutes(3));
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(platform.count("quota", "select count(*) from school where id = any(?)", (Object) ids.toArray(String[]::new)))
                .as("schools registered").isEqualTo(ids.size());
        soft.assertThat(platform.count("quota", "select count(*) from outbox_event where event_type = 'quota.school.registered.v1' and aggregate_id = any(?)",
                (Object) ids.toArray(String[]::new))).as("one event per school in the outbox").isEqualTo(ids.size());
        Map<String, String> knownSchoolId = Map.of("post", "id", "recruitment", "school_id", "rotation", "id");
        knownSchoolId.forEach((database, column) -> soft.assertThat(platform.count(database,
                        "select count(*) from known_school where " + column + " = any(?)", (Object) ids.toArray(String[]::new)))
                .as("schools %s-service learnt of", database).isEqualTo(ids.size()));
        soft.assertThat(platform.count("audit", "select count(*) from audit_record where type = 'quota.school.registered.v1' and subject = any(?)",
                (Object) ids.toArray(String[]::new))).as("audit records of the registrations").isEqualTo(ids.size());
        new CountyInvariants(platform, api, users).auditLogHasEveryEventOnce(soft);
        soft.assertAll();

        // the killed instance comes back and serves again
        try {
            platform.instance("quota", 2).start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        platform.instance("quota", 2).awaitReady(Duration.ofMinutes(3));
        progress.say("requests per instance: " + servedSummary());
    }

    private String servedSummary() {
        StringBuilder s = new StringBuilder();
        for (String service : ScaledPlatform.SERVICES) {
            s.append(service).append(' ').append(java.util.Arrays.toString(platform.served(service))).append("; ");
        }
        return s.toString();
    }

    private static long pid(ServiceProcess instance) {
        return instance.pid();
    }

    /** Polls an instance's readiness until a status passes; returns the statuses seen that passed. */
    private List<Integer> awaitReadiness(ServiceProcess instance, IntPredicate wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Integer> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            int status = platform.readiness(instance);
            if (wanted.test(status)) {
                seen.add(status);
                return seen;
            }
            Api.sleep(250);
        }
        throw new IllegalStateException(instance.name() + " did not reach the expected readiness within " + timeout);
    }
}
