package org.county.staffing.quota.province;

import java.util.List;

/** {@code GET /province/quotas}: a page of counties in the requested order, and the province's total over all of them. */
public record ProvinceQuotasView(
        int page,
        int size,
        int counties,
        CountyOrder sort,
        List<CountyQuotaView> items,
        CountyQuotaView total) {
}
