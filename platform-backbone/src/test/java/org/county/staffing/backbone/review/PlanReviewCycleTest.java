package org.county.staffing.backbone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.problem.Violation;
import org.county.staffing.contracts.recruitment.PlanSubmitted;
import org.junit.jupiter.api.Test;

class PlanReviewCycleTest {

    static final String COUNTY = "370683";

    static final class Version implements ReviewedVersion {
        final UUID planId;
        final int version;
        final String countyId;
        ReviewStatus status;
        List<String> reasons;

        Version(UUID planId, int version, String countyId, ReviewStatus status) {
            this.planId = planId;
            this.version = version;
            this.countyId = countyId;
            this.status = status;
        }

        @Override
        public int version() {
            return version;
        }

        @Override
        public String countyId() {
            return countyId;
        }

        @Override
        public ReviewStatus reviewStatus() {
            return status;
        }
    }

    record Check(String rule, boolean passed, boolean blocking, String detail, String detailZh) implements ReviewCheck {
    }

    /** An in-memory department: its checks are set by the test, its decisions recorded as announced. */
    static final class Office implements PlanReviewCycle.Store<Version>, PlanReviewCycle.Department<Version, Check> {
        final List<Version> versions = new ArrayList<>();
        final List<String> announced = new ArrayList<>();
        List<Check> checks = List.of(new Check("SCHOOLS_KNOWN", true, true, "ok", "通过"));

        final PlanReviewCycle<Version, Check> cycle = new PlanReviewCycle<>(this, this, "quota side", "编制核查");

        void submit(UUID planId, int version) {
            PlanReviewRules.Arrival arrival = cycle.receive(planId, version);
            if (!arrival.duplicate()) {
                versions.add(new Version(planId, version, COUNTY, arrival.status()));
            }
        }

        Version get(UUID planId, int version) {
            return versions.stream().filter(v -> v.planId.equals(planId) && v.version == version).findFirst().orElseThrow();
        }

        @Override
        public List<Version> versions(UUID planId) {
            return versions.stream().filter(v -> v.planId.equals(planId)).toList();
        }

        @Override
        public Version lock(Version version) {
            return version;
        }

        @Override
        public void markSuperseded(Version version) {
            version.status = ReviewStatus.SUPERSEDED;
        }

        @Override
        public List<Check> check(Version version) {
            return checks;
        }

        @Override
        public void decided(Version version, Verdict verdict, List<String> reasons, List<Check> checks) {
            version.status = verdict.outcome();
            version.reasons = reasons;
            announced.add(version.version + " " + verdict + " " + reasons);
        }
    }

    static String rule(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return e.status() + " " + e.rule() + " " + e.violations().get(0).field();
        }
        throw new AssertionError("no rule broken");
    }

    @Test
    void aVersionArrivesOnceAndAResubmissionSupersedesThePendingOne() {
        Office office = new Office();
        UUID plan = UUID.randomUUID();
        office.submit(plan, 1);
        office.submit(plan, 1);
        assertThat(office.versions).hasSize(1);
        office.submit(plan, 2);
        assertThat(office.get(plan, 1).status).isEqualTo(ReviewStatus.SUPERSEDED);
        assertThat(office.get(plan, 2).status).isEqualTo(ReviewStatus.PENDING);
        // a late delivery of an older version does not reopen it
        office.submit(plan, 0);
        assertThat(office.get(plan, 0).status).isEqualTo(ReviewStatus.SUPERSEDED);
        assertThat(office.get(plan, 2).status).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    void aDepartmentDecidesTheCurrentVersionOnceAndTheDecisionIsAnnounced() {
        Office office = new Office();
        UUID plan = UUID.randomUUID();
        office.submit(plan, 1);
        office.submit(plan, 2);
        PlanReviewCycle.Request approveV1 = new PlanReviewCycle.Request(Verdict.APPROVE, null, 1);
        assertThat(rule(() -> office.cycle.decide(COUNTY, plan, approveV1))).isEqualTo("409 PLAN_VERSION_CURRENT version");
        Version decided = office.cycle.decide(COUNTY, plan, new PlanReviewCycle.Request(Verdict.APPROVE, List.of(" 同意 ", " "), 2));
        assertThat(decided.version).isEqualTo(2);
        assertThat(decided.status).isEqualTo(ReviewStatus.APPROVED);
        assertThat(office.announced).containsExactly("2 APPROVE [同意]");
        assertThat(rule(() -> office.cycle.decide(COUNTY, plan, new PlanReviewCycle.Request(Verdict.REJECT, List.of("x"), null))))
                .isEqualTo("409 PLAN_DECIDED_ONCE planId");
        assertThat(office.announced).hasSize(1);
    }

    @Test
    void anotherCountysPlanDoesNotExistForTheCaller() {
        Office office = new Office();
        UUID plan = UUID.randomUUID();
        office.submit(plan, 1);
        assertThat(rule(() -> office.cycle.decide("370602", plan, new PlanReviewCycle.Request(Verdict.APPROVE, null, null))))
                .isEqualTo("404 PLAN_EXISTS planId");
        assertThat(rule(() -> office.cycle.versions(COUNTY, UUID.randomUUID()))).isEqualTo("404 PLAN_EXISTS planId");
    }

    @Test
    void aRejectionGivesReasonsAndFailedBlockingChecksStopApprovalButWarningsDoNot() {
        Office office = new Office();
        UUID plan = UUID.randomUUID();
        office.submit(plan, 1);
        assertThat(rule(() -> office.cycle.decide(COUNTY, plan, new PlanReviewCycle.Request(Verdict.REJECT, List.of("  "), null))))
                .isEqualTo("422 REJECT_REASONS_REQUIRED reasons");

        office.checks = List.of(new Check("POOL_WITHIN_TOTAL", false, true, "pool over", "超出总额"),
                new Check("STAFF_WITHIN_QUOTA", false, false, "over quota", "超编"));
        assertThatThrownBy(() -> office.cycle.decide(COUNTY, plan, new PlanReviewCycle.Request(Verdict.APPROVE, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.violations()).extracting(Violation::rule)
                            .containsExactly("PLAN_CHECKS_PASSED", "POOL_WITHIN_TOTAL");
                    assertThat(e.violations().get(0).reason().en()).contains("quota side");
                });
        assertThat(office.get(plan, 1).status).isEqualTo(ReviewStatus.PENDING);

        office.checks = List.of(new Check("STAFF_WITHIN_QUOTA", false, false, "over quota", "超编"));
        office.cycle.decide(COUNTY, plan, new PlanReviewCycle.Request(Verdict.APPROVE, null, null));
        assertThat(office.get(plan, 1).status).isEqualTo(ReviewStatus.APPROVED);
    }

    static PlanSubmitted submitted(UUID plan, int version, String lateReason) {
        return new PlanSubmitted(plan, COUNTY, "2027-2028", version, lateReason != null, lateReason, LocalDate.of(2027, 8, 25),
                List.of());
    }

    @Test
    void aSubmittedVersionIsRecordedOnceWithTheStatusItStartsIn() {
        Office office = new Office();
        UUID plan = UUID.randomUUID();
        List<PlanReviewCycle.Arrived> recorded = new ArrayList<>();
        java.util.function.Function<PlanReviewCycle.Arrived, Version> record = arrived -> {
            recorded.add(arrived);
            Version v = new Version(arrived.submission().planId(), arrived.submission().version(),
                    arrived.submission().countyId(), arrived.status());
            office.versions.add(v);
            return v;
        };
        Optional<Version> first = office.cycle.receive(submitted(plan, 1, "  "), record);
        assertThat(first).hasValueSatisfying(v -> assertThat(v.status).isEqualTo(ReviewStatus.PENDING));
        assertThat(recorded.get(0).lateReason()).as("a blank reason is none").isNull();
        assertThat(office.cycle.receive(submitted(plan, 1, null), record)).as("delivered again").isEmpty();
        assertThat(office.cycle.receive(submitted(plan, 3, " 汛期延误 "), record)).isPresent();
        assertThat(recorded.get(1).lateReason()).isEqualTo("汛期延误");
        assertThat(office.get(plan, 1).status).isEqualTo(ReviewStatus.SUPERSEDED);
        // version 2 arrives after version 3: recorded, but superseded from the start
        assertThat(office.cycle.receive(submitted(plan, 2, null), record))
                .hasValueSatisfying(v -> assertThat(v.status).isEqualTo(ReviewStatus.SUPERSEDED));
        assertThat(office.get(plan, 3).status).isEqualTo(ReviewStatus.PENDING);
        assertThat(recorded).hasSize(3);
    }
}
