package org.county.staffing.audit.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.audit.record.RecordRows;
import org.county.staffing.audit.record.StoredRecord;

/** Reads the log: pages, single records, counts, and a cursor over a period for the export. */
@ApplicationScoped
public class AuditQueryService {

    private static final String ORDER = " order by " + RecordRows.OCCURRED + ", seq";

    @Inject
    DataSource dataSource;

    public AuditPage page(String countyId, ReadScope scope, AuditFilter filter, int page, int size) {
        Where where = Where.of(countyId, scope, filter);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from audit_record where " + where.sql())) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditRecordView> items = new ArrayList<>();
            if (total > (long) page * size) {
                try (PreparedStatement ps = c.prepareStatement("select " + RecordRows.COLUMNS + " from audit_record where "
                        + where.sql() + ORDER + " limit ? offset ?")) {
                    int next = where.bind(ps, 1);
                    ps.setInt(next, size);
                    ps.setLong(next + 1, (long) page * size);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            items.add(AuditRecordView.of(RecordRows.read(rs)));
                        }
                    }
                }
            }
            return new AuditPage(filter.mentioning(), page, size, total, items);
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log could not be read", e);
        }
    }

    public Optional<StoredRecord> find(String countyId, ReadScope scope, String eventId) {
        Where where = Where.of(countyId, scope, AuditFilter.none());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select " + RecordRows.COLUMNS + " from audit_record where "
                     + where.sql() + " and event_id = ?")) {
            int next = where.bind(ps, 1);
            ps.setString(next, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(RecordRows.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log could not be read", e);
        }
    }

    public List<AuditStats.TypeCount> countByType(String countyId, ReadScope scope, AuditFilter filter) {
        Where where = Where.of(countyId, scope, filter);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select type, count(*) from audit_record where " + where.sql()
                     + " group by type order by type")) {
            where.bind(ps, 1);
            List<AuditStats.TypeCount> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new AuditStats.TypeCount(rs.getString(1), rs.getLong(2)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("the audit log could not be read", e);
        }
    }

    /** Receives the records of a streamed read one at a time. */
    @FunctionalInterface
    public interface RecordSink {
        void accept(StoredRecord record) throws Exception;
    }

    /**
     * Hands every matching record to the sink, in order, through a server-side cursor: only
     * {@code fetchSize} rows are in memory at a time, however long the period.
     */
    public void stream(String countyId, ReadScope scope, AuditFilter filter, int fetchSize, RecordSink sink) throws Exception {
        Where where = Where.of(countyId, scope, filter);
        try (Connection c = dataSource.getConnection()) {
            // PostgreSQL keeps a cursor (instead of sending every row at once) only inside a transaction
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement("select " + RecordRows.COLUMNS + " from audit_record where "
                    + where.sql() + ORDER, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(fetchSize);
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(RecordRows.read(rs));
                    }
                }
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        }
    }
}
