package org.county.staffing.quota.ledger;

import org.county.staffing.quota.pool.Pool;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A ledger entry as the API and {@code quota.allocation.changed.v1} show it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryView(
        UUID entryId,
        long seq,
        String countyId,
        Pool pool,
        String schoolId,
        EntryKind kind,
        int delta,
        int balance,
        int poolTotal,
        int poolAllocated,
        String reason,
        String reference,
        UUID transferId,
        String actor,
        OffsetDateTime recordedAt) {

    public static EntryView of(LedgerEntry e) {
        return new EntryView(e.id, e.seq, e.countyId, e.pool, e.schoolId, e.kind, e.delta, e.balance,
                e.poolTotal, e.poolAllocated, e.reason, e.reference, e.transferId, e.actor, e.recordedAt);
    }
}
