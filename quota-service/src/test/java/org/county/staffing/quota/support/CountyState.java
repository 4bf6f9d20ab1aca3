package org.county.staffing.quota.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Row counts of everything quota-service writes for one county: equal before and after a refused
 * request proves that nothing was half-written.
 */
public final class CountyState {

    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("schools", "select count(*) from school where county_id = ?");
        COUNTS.put("merged", "select count(*) from school where county_id = ? and status = 'MERGED'");
        COUNTS.put("standards", "select count(*) from staffing_standard where county_id = ?");
        COUNTS.put("enrollments", "select count(*) from enrollment_report where county_id = ?");
        COUNTS.put("pools", "select count(*) from quota_pool where county_id = ?");
        COUNTS.put("entries", "select count(*) from ledger_entry where county_id = ?");
        COUNTS.put("verifications", "select count(*) from verification where county_id = ?");
        COUNTS.put("approved", "select count(*) from verification where county_id = ? and status <> 'PROPOSED'");
        COUNTS.put("inspections", "select count(*) from inspection where county_id = ?");
        COUNTS.put("findings", "select count(*) from finding where county_id = ? and status = 'OPEN'");
        COUNTS.put("plans", "select count(*) from plan_review where county_id = ? and status = 'PENDING'");
        COUNTS.put("events", "select count(*) from outbox_event where county_id = ?");
    }

    private CountyState() {
    }

    public static Map<String, Long> of(DataSource dataSource, String county) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<String, String> count : COUNTS.entrySet()) {
                try (PreparedStatement s = c.prepareStatement(count.getValue())) {
                    s.setString(1, county);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        out.put(count.getKey(), r.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    public static long query(DataSource dataSource, String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
