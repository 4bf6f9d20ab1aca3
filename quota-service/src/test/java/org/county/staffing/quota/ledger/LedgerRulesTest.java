package org.county.staffing.quota.ledger;

import org.county.staffing.quota.pool.Pool;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {

    static void refused(Runnable call, String rule, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.violations().get(0).reason().zh()).isNotBlank();
        });
    }

    @Test
    void allocationsNeverExceedThePoolTotal() {
        PoolAccount nearlyFull = new PoolAccount(Pool.K12, 5592, 5590);
        assertThatCode(() -> LedgerRules.requireWithinPool(nearlyFull, 2, "delta")).doesNotThrowAnyException();
        refused(() -> LedgerRules.requireWithinPool(nearlyFull, 3, "delta"), "POOL_CAPACITY", 409);
        assertThatCode(() -> LedgerRules.requireWithinPool(nearlyFull, -100, "delta")).doesNotThrowAnyException();
        assertThat(nearlyFull.free()).isEqualTo(2);
    }

    @Test
    void aSchoolGivesUpAtMostItsBalance() {
        assertThatCode(() -> LedgerRules.requireBalanceCovers("2000000001", 5, -5, "amount")).doesNotThrowAnyException();
        refused(() -> LedgerRules.requireBalanceCovers("2000000001", 5, -6, "amount"), "BALANCE_SUFFICIENT", 409);
    }

    @Test
    void aPoolTotalNeverFallsBelowItsAllocations() {
        PoolAccount account = new PoolAccount(Pool.OTHER, 1086, 1000);
        assertThatCode(() -> LedgerRules.requireTotalCoversAllocations(account, -86, "delta")).doesNotThrowAnyException();
        refused(() -> LedgerRules.requireTotalCoversAllocations(account, -87, "delta"), "POOL_TOTAL_COVERS_ALLOCATIONS", 409);
    }

    @Test
    void transfersAreBetweenTwoSchoolsOfOnePool() {
        refused(() -> LedgerRules.requireDistinct("2000000001", "2000000001"), "TRANSFER_DISTINCT_SCHOOLS", 422);
        refused(() -> LedgerRules.requireSamePool(Pool.K12, Pool.OTHER), "TRANSFER_WITHIN_POOL", 422);
        refused(() -> LedgerRules.requireNonZero(0, "delta"), "DELTA_NOT_ZERO", 400);
        assertThatCode(() -> LedgerRules.requireSamePool(Pool.K12, Pool.K12)).doesNotThrowAnyException();
    }
}
