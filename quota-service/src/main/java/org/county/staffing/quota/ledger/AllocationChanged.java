package org.county.staffing.quota.ledger;

import org.county.staffing.quota.pool.Pool;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Payload of {@code quota.allocation.changed.v1}: one per ledger entry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocationChanged(
        UUID entryId,
        String countyId,
        Pool pool,
        String schoolId,
        EntryKind kind,
        int delta,
        int balance,
        String reason,
        String reference,
        UUID transferId,
        int poolTotal,
        int poolAllocated,
        OffsetDateTime recordedAt) {

    static AllocationChanged of(LedgerEntry e) {
        return new AllocationChanged(e.id, e.countyId, e.pool, e.schoolId, e.kind, e.delta, e.balance, e.reason,
                e.reference, e.transferId, e.poolTotal, e.poolAllocated, e.recordedAt);
    }
}
