package org.county.staffing.audit.province;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.county.staffing.audit.province.ProvinceAuditView.CountyAudit;
import org.county.staffing.audit.query.AuditStats;
import org.county.staffing.backbone.query.Sorting;

/** Plain rules of the province view: the order of the county rows and the totals over them. */
public final class ProvinceAuditRules {

    /** The orders of the county rows. */
    public enum Sort { COUNTY, RECORDS, CHAIN_LENGTH }

    private ProvinceAuditRules() {
    }

    public static List<CountyAudit> sorted(List<CountyAudit> rows, Sort sort, boolean descending) {
        Comparator<CountyAudit> byCounty = Comparator.comparing(CountyAudit::countyId);
        Comparator<CountyAudit> key = switch (sort) {
            case COUNTY -> byCounty;
            case RECORDS -> Comparator.comparingLong(CountyAudit::records);
            case CHAIN_LENGTH -> Comparator.comparingLong(r -> r.chain().length());
        };
        return Sorting.sorted(rows, key, descending, byCounty);
    }

    /** Records and chain lengths summed over every row; types added up by name; verified and broken chains counted. */
    public static ProvinceAuditView.Totals totals(List<CountyAudit> rows) {
        Map<String, Long> types = new TreeMap<>();
        long records = 0;
        long chainRecords = 0;
        int verified = 0;
        int broken = 0;
        for (CountyAudit r : rows) {
            records += r.records();
            r.types().forEach(t -> types.merge(t.type(), t.count(), Long::sum));
            chainRecords += r.chain().length();
            verified += "NOT_VERIFIED".equals(r.chain().status()) ? 0 : 1;
            broken += "BROKEN".equals(r.chain().status()) ? 1 : 0;
        }
        return new ProvinceAuditView.Totals(records, types.entrySet().stream()
                .map(e -> new AuditStats.TypeCount(e.getKey(), e.getValue())).toList(), chainRecords, verified, broken);
    }
}
