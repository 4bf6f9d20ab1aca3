package org.county.staffing.audit.province;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.audit.province.ProvinceAuditView.Chain;
import org.county.staffing.audit.province.ProvinceAuditView.CountyAudit;
import org.county.staffing.audit.query.AuditFilter;
import org.county.staffing.audit.query.AuditStats;
import org.county.staffing.audit.query.Where;
import org.county.staffing.audit.verify.ChainReader;
import org.county.staffing.audit.verify.VerificationReport;

/**
 * The audit log's statistics per county (issue 15): records by type in a period and each county's chain.
 * The province reads every county; an inspector of a county only that county. Nothing is written.
 */
@ApplicationScoped
public class ProvinceAuditService {

    static final String NOT_VERIFIED = "NOT_VERIFIED";

    @Inject
    DataSource dataSource;

    @Inject
    ChainReader chains;

    /**
     * @param countyId the one county the caller reads, or null for every county (a province user)
     * @param verify   whether the chains of the counties on the page are walked and checked now
     */
    public ProvinceAuditView view(String countyId, AuditFilter filter, ProvinceAuditRules.Sort sort, boolean descending,
                                  int page, int size, boolean verify) {
        Map<String, Chain> heads = new LinkedHashMap<>();
        Map<String, List<AuditStats.TypeCount>> types = new LinkedHashMap<>();
        Where period = Where.periodOf(countyId, filter);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select county_id, length, head_hash, updated_at from audit_chain"
                    + (countyId == null ? "" : " where county_id = ?"))) {
                if (countyId != null) {
                    ps.setString(1, countyId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        heads.put(rs.getString(1), new Chain(rs.getLong(2), rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class), NOT_VERIFIED, null));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select county_id, type, count(*) from audit_record where "
                    + period.sql() + " group by county_id, type order by county_id, type")) {
                period.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        types.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new AuditStats.TypeCount(rs.getString(2), rs.getLong(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log could not be read", e);
        }
        List<CountyAudit> rows = new ArrayList<>();
        for (Map.Entry<String, Chain> head : heads.entrySet()) {
            List<AuditStats.TypeCount> counts = types.getOrDefault(head.getKey(), List.of());
            rows.add(new CountyAudit(head.getKey(), counts.stream().mapToLong(AuditStats.TypeCount::count).sum(), counts,
                    head.getValue()));
        }
        List<CountyAudit> sorted = ProvinceAuditRules.sorted(rows, sort, descending);
        int from = (int) Math.min(sorted.size(), (long) page * size);
        List<CountyAudit> shown = new ArrayList<>(sorted.subList(from, Math.min(sorted.size(), from + size)));
        if (verify) {
            shown.replaceAll(r -> new CountyAudit(r.countyId(), r.records(), r.types(), verified(r)));
            List<CountyAudit> all = new ArrayList<>(rows);
            shown.forEach(v -> all.replaceAll(r -> r.countyId().equals(v.countyId()) ? v : r));
            rows = all;
        }
        return new ProvinceAuditView(filter.from(), filter.to(), sort.name(), descending ? "DESC" : "ASC", page, size,
                rows.size(), ProvinceAuditRules.totals(rows), shown);
    }

    private Chain verified(CountyAudit row) {
        VerificationReport report = chains.verify(row.countyId(), null);
        return new Chain(report.length(), report.headHash(), row.chain().updatedAt(), report.status().name(),
                report.broken() == null ? null : report.broken().chainPosition());
    }
}
