package org.county.staffing.quota.ledger;

import org.county.staffing.quota.pool.Pool;

/** A pool's total and what is allocated from it, both sums of ledger entries. */
public record PoolAccount(Pool pool, int total, int allocated) {

    public int free() {
        return total - allocated;
    }
}
