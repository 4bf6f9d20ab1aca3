package org.county.staffing.quota.ledger;

import org.county.staffing.quota.pool.Pool;

/** {@code GET /pools}: a pool's total, allocated and free quota; {@code opened} once its first entry exists. */
public record PoolView(Pool pool, int total, int allocated, int free, boolean opened) {

    static PoolView of(PoolAccount account, boolean opened) {
        return new PoolView(account.pool(), account.total(), account.allocated(), account.free(), opened);
    }
}
