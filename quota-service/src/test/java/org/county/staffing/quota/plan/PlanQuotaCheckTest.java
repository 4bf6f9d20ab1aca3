package org.county.staffing.quota.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.ledger.PoolAccount;
import org.county.staffing.quota.plan.PlanQuotaCheck.SchoolFacts;
import org.junit.jupiter.api.Test;

class PlanQuotaCheckTest {

    static final Map<String, SchoolFacts> SCHOOLS = Map.of(
            "A", new SchoolFacts("A", Pool.K12, true, 10, 10),
            "B", new SchoolFacts("B", Pool.K12, true, 5, 3),
            "K", new SchoolFacts("K", Pool.OTHER, true, 8, 8),
            "M", new SchoolFacts("M", Pool.K12, false, 0, 0));
    static final Map<Pool, PoolAccount> POOLS = Map.of(Pool.K12, new PoolAccount(Pool.K12, 20, 15),
            Pool.OTHER, new PoolAccount(Pool.OTHER, 8, 8));

    static PlanCheck rule(List<PlanCheck> checks, String rule) {
        return checks.stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
    }

    static PlanItems.Transfer t(String id, String from, String to, Integer amount) {
        return new PlanItems.Transfer(id, from, to, amount, "rebalance");
    }

    @Test
    void transfersWithinBoundsPassEveryBlockingCheck() {
        List<PlanCheck> checks = PlanQuotaCheck.check(List.of(t("1", "A", "B", 2)), List.of(), SCHOOLS, POOLS);
        assertThat(org.county.staffing.backbone.review.PlanReviewRules.blockingPassed(checks)).isTrue();
        assertThat(checks).extracting(PlanCheck::rule).containsExactly("TRANSFER_ITEMS_COMPLETE", "TRANSFER_SCHOOLS_KNOWN",
                "TRANSFER_AMOUNT_POSITIVE", "TRANSFER_DISTINCT_SCHOOLS", "TRANSFER_WITHIN_POOL", "TRANSFER_SOURCE_NOT_NEGATIVE",
                "LEADERSHIP_WITHIN_QUOTA", "POOL_WITHIN_TOTAL", "STAFF_WITHIN_QUOTA");
        // A keeps 10 staff on 8 quota after giving 2 away: a warning, not a blocker
        PlanCheck staff = rule(checks, "STAFF_WITHIN_QUOTA");
        assertThat(staff.passed()).isFalse();
        assertThat(staff.blocking()).isFalse();
        assertThat(staff.detail()).contains("A (10 staff on 8)");
    }

    @Test
    void aSourceLeftUnderTheLeadershipPostsOfItsRegulationInForceBlocksAndExactlyTheTotalPasses() {
        // R has 10 quota and a regulation in force approving 7 leadership posts within it
        Map<String, SchoolFacts> schools = Map.of("R", new SchoolFacts("R", Pool.K12, true, 10, 6, 7),
                "B", new SchoolFacts("B", Pool.K12, true, 5, 3));
        List<PlanCheck> under = PlanQuotaCheck.check(List.of(t("1", "R", "B", 2), t("2", "R", "B", 2)), List.of(), schools, POOLS);
        PlanCheck leadership = rule(under, "LEADERSHIP_WITHIN_QUOTA");
        assertThat(leadership.passed()).isFalse();
        assertThat(leadership.blocking()).isTrue();
        assertThat(leadership.itemIds()).containsExactly("2");
        assertThat(leadership.detail()).contains("2 (R would have 6 for 7 leadership posts)");
        assertThat(leadership.detailZh()).contains("领导职数");

        List<PlanCheck> exactly = PlanQuotaCheck.check(List.of(t("1", "R", "B", 3)), List.of(), schools, POOLS);
        assertThat(rule(exactly, "LEADERSHIP_WITHIN_QUOTA").passed()).isTrue();
        assertThat(org.county.staffing.backbone.review.PlanReviewRules.blockingPassed(exactly)).isTrue();
    }

    @Test
    void aSourceGoingNegativeInItemOrderBlocks() {
        // B has 5: giving 4 then 4 fails on the second item even though it receives 3 later
        List<PlanCheck> checks = PlanQuotaCheck.check(List.of(t("1", "B", "A", 4), t("2", "B", "A", 4), t("3", "A", "B", 3)),
                List.of(), SCHOOLS, POOLS);
        assertThat(rule(checks, "TRANSFER_SOURCE_NOT_NEGATIVE").passed()).isFalse();
        assertThat(rule(checks, "TRANSFER_SOURCE_NOT_NEGATIVE").detail()).contains("2 (B would have -3)");
        assertThat(rule(checks, "TRANSFER_SOURCE_NOT_NEGATIVE").itemIds()).containsExactly("2");
        assertThat(rule(checks, "TRANSFER_SCHOOLS_KNOWN").itemIds()).isEmpty();
        assertThat(org.county.staffing.backbone.review.PlanReviewRules.blockingPassed(checks)).isFalse();
    }

    @Test
    void unknownMergedCrossPoolSelfAndNonPositiveTransfersEachFailTheirCheck() {
        assertThat(rule(PlanQuotaCheck.check(List.of(t("1", "A", "Z", 1)), List.of(), SCHOOLS, POOLS), "TRANSFER_SCHOOLS_KNOWN").passed()).isFalse();
        assertThat(rule(PlanQuotaCheck.check(List.of(t("1", "A", "M", 1)), List.of(), SCHOOLS, POOLS), "TRANSFER_SCHOOLS_KNOWN").passed()).isFalse();
        List<PlanCheck> crossPool = PlanQuotaCheck.check(List.of(t("1", "K", "A", 1)), List.of(), SCHOOLS, POOLS);
        assertThat(rule(crossPool, "TRANSFER_WITHIN_POOL").passed()).isFalse();
        assertThat(rule(crossPool, "POOL_WITHIN_TOTAL").passed()).isTrue();
        Map<Pool, PoolAccount> fullK12 = Map.of(Pool.K12, new PoolAccount(Pool.K12, 15, 15), Pool.OTHER, new PoolAccount(Pool.OTHER, 8, 8));
        PlanCheck overTotal = rule(PlanQuotaCheck.check(List.of(t("1", "K", "A", 1)), List.of(), SCHOOLS, fullK12), "POOL_WITHIN_TOTAL");
        assertThat(overTotal.passed()).isFalse();
        assertThat(overTotal.detail()).contains("K12=16 of 15");
        assertThat(rule(PlanQuotaCheck.check(List.of(t("1", "A", "A", 1)), List.of(), SCHOOLS, POOLS), "TRANSFER_DISTINCT_SCHOOLS").passed()).isFalse();
        assertThat(rule(PlanQuotaCheck.check(List.of(t("1", "A", "B", 0)), List.of(), SCHOOLS, POOLS), "TRANSFER_AMOUNT_POSITIVE").passed()).isFalse();
        assertThat(rule(PlanQuotaCheck.check(List.of(t(null, "A", "B", null)), List.of(), SCHOOLS, POOLS), "TRANSFER_ITEMS_COMPLETE").passed()).isFalse();
    }

    @Test
    void movesAndHiresCountTowardsTheStaffCheck() {
        List<PlanCheck> checks = PlanQuotaCheck.check(List.of(), List.of(new PlanItems.StaffChange("A", -1),
                new PlanItems.StaffChange("B", 1), new PlanItems.StaffChange("B", 1), new PlanItems.StaffChange("B", 1)), SCHOOLS, POOLS);
        // A: 9 on 10; B: 6 on 5
        assertThat(rule(checks, "STAFF_WITHIN_QUOTA").detail()).contains("B (6 staff on 5)").doesNotContain("A (");
    }
}
