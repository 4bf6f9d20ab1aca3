package org.county.staffing.quota.province;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.query.Sorting;
import org.county.staffing.quota.ledger.Ledger;
import org.county.staffing.quota.ledger.PoolAccount;
import org.county.staffing.quota.ledger.PoolView;
import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.usage.SchoolQuota;
import org.county.staffing.quota.usage.StaffingStatus;
import org.county.staffing.quota.usage.UsageService;

/**
 * The province's read-only view of every county's quotas (counties as tenants of one platform):
 * each county's figures are computed exactly as its own staffing office sees them, and the
 * province's total is their sum.
 */
@ApplicationScoped
public class ProvinceService {

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    UsageService usage;

    /** A page of the counties in {@code order}, cut by the shared paging helper; the total is over every county. */
    public ProvinceQuotasView quotas(CountyOrder order, Paging paging) {
        @SuppressWarnings("unchecked")
        List<String> countyIds = em.createNativeQuery("select distinct county_id from school order by county_id").getResultList();
        List<CountyQuotaView> counties = new ArrayList<>();
        for (String countyId : countyIds) {
            counties.add(county(countyId));
        }
        counties = Sorting.sorted(counties, key(order), order != CountyOrder.COUNTY,
                Comparator.comparing(CountyQuotaView::countyId));
        List<CountyQuotaView> page = Sorting.page(counties, paging, Paging.DEFAULT_SIZE);
        return new ProvinceQuotasView(paging.page(), paging.size(Paging.DEFAULT_SIZE), counties.size(), order, List.copyOf(page),
                total(counties));
    }

    private CountyQuotaView county(String countyId) {
        List<SchoolQuota> schools = usage.county(countyId, null, null);
        List<PoolView> pools = new ArrayList<>();
        for (Pool pool : Pool.values()) {
            PoolAccount account = ledger.account(countyId, pool);
            pools.add(new PoolView(pool, account.total(), account.allocated(), account.free(), ledger.isOpen(countyId, pool)));
        }
        return new CountyQuotaView(countyId, schools.size(),
                (int) schools.stream().filter(s -> s.status() == StaffingStatus.OVER_STAFFED).count(),
                (int) schools.stream().filter(s -> s.status() == StaffingStatus.UNDER_STAFFED).count(), pools);
    }

    private static CountyQuotaView total(List<CountyQuotaView> counties) {
        Map<Pool, int[]> sums = new EnumMap<>(Pool.class);
        for (Pool pool : Pool.values()) {
            sums.put(pool, new int[3]);
        }
        boolean[] opened = new boolean[Pool.values().length];
        for (CountyQuotaView county : counties) {
            for (PoolView pool : county.pools()) {
                int[] sum = sums.get(pool.pool());
                sum[0] += pool.total();
                sum[1] += pool.allocated();
                sum[2] += pool.free();
                opened[pool.pool().ordinal()] |= pool.opened();
            }
        }
        List<PoolView> pools = sums.entrySet().stream()
                .map(e -> new PoolView(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], opened[e.getKey().ordinal()]))
                .toList();
        return new CountyQuotaView(null, counties.stream().mapToInt(CountyQuotaView::schools).sum(),
                counties.stream().mapToInt(CountyQuotaView::overStaffed).sum(),
                counties.stream().mapToInt(CountyQuotaView::underStaffed).sum(), pools);
    }

    /** The figure a county row is ordered by, largest first except the county id itself. */
    private static Comparator<CountyQuotaView> key(CountyOrder order) {
        return switch (order) {
            case COUNTY -> Comparator.comparing(CountyQuotaView::countyId);
            case SCHOOLS -> Comparator.comparingInt(CountyQuotaView::schools);
            case OVER_STAFFED -> Comparator.comparingInt(CountyQuotaView::overStaffed);
            case UNDER_STAFFED -> Comparator.comparingInt(CountyQuotaView::underStaffed);
            case FREE -> Comparator.comparingInt(CountyQuotaView::free);
        };
    }
}
