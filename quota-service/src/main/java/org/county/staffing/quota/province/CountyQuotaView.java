package org.county.staffing.quota.province;

import java.util.List;

import org.county.staffing.quota.ledger.PoolView;

/**
 * One county's quotas as the province sees them: its pools (total, allocated, free) and how many
 * of its schools are over-staffed (超編) or under-staffed (缺編). {@code countyId} is null for the
 * province's total.
 */
public record CountyQuotaView(
        String countyId,
        int schools,
        int overStaffed,
        int underStaffed,
        List<PoolView> pools) {

    /** Free quota over all pools. */
    int free() {
        return pools.stream().mapToInt(PoolView::free).sum();
    }
}
