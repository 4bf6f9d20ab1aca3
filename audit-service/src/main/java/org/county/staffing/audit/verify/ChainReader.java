package org.county.staffing.audit.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.audit.config.AuditConfig;
import org.county.staffing.audit.record.RecordHasher;
import org.county.staffing.audit.record.RecordRows;

/**
 * Reads one county's chain through a database cursor, in one read-only snapshot: the head and
 * the records are seen as of the same moment, while new events keep being appended.
 */
@ApplicationScoped
public class ChainReader {

    @Inject
    PlatformClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    AuditConfig config;

    public VerificationReport verify(String countyId, Anchor anchor) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return verify(c, countyId, anchor);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the chain of county " + countyId + " could not be read", e);
        }
    }

    private VerificationReport verify(Connection c, String countyId, Anchor anchor) throws SQLException {
        long headLength = 0;
        String headHash = RecordHasher.GENESIS;
        try (PreparedStatement ps = c.prepareStatement("select length, head_hash from audit_chain where county_id = ?")) {
            ps.setString(1, countyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    headLength = rs.getLong(1);
                    headHash = rs.getString(2);
                }
            }
        }
        ChainVerifier verifier = new ChainVerifier(anchor);
        Optional<ChainBreak> broken = Optional.empty();
        try (PreparedStatement ps = c.prepareStatement("select " + RecordRows.COLUMNS
                + " from audit_record where county_id = ? order by chain_position")) {
            ps.setFetchSize(config.export().fetchSize());
            ps.setString(1, countyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (broken.isEmpty() && rs.next()) {
                    broken = verifier.accept(RecordRows.read(rs));
                }
            }
        }
        if (broken.isEmpty()) {
            broken = verifier.finish(headLength, headHash);
        }
        return new VerificationReport(countyId,
                broken.isEmpty() ? VerificationReport.Status.OK : VerificationReport.Status.BROKEN,
                verifier.checked(), headLength, headHash, OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC), broken.orElse(null));
    }
}
