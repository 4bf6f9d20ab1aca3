package org.county.staffing.contracts.quota;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One ledger entry: {@code quota.allocation.changed.v1}, subject the school id ({@code pool:<countyId>:<pool>} for POOL entries).
 * {@code kind}: VERIFICATION, ADJUSTMENT, TRANSFER, MERGE or POOL. Absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocationChanged(
        UUID entryId,
        String countyId,
        String pool,
        @Nullable String schoolId,
        String kind,
        int delta,
        int balance,
        String reason,
        @Nullable String reference,
        @Nullable UUID transferId,
        int poolTotal,
        int poolAllocated,
        OffsetDateTime recordedAt) {

    public static final EventType<AllocationChanged> TYPE = EventType.of("quota.allocation.changed.v1", AllocationChanged.class);
}
