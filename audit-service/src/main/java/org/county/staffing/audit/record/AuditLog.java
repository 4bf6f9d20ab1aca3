package org.county.staffing.audit.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Appends records to the county chains. The county's chain head is locked ({@code for update})
 * for the rest of the transaction, so records of one county are linked strictly one after the
 * other even with several instances of this service; counties do not wait for each other.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    public enum Outcome { APPENDED, ALREADY_RECORDED }

    @Inject
    EntityManager em;

    /** Rule RECORD_ONCE: an event id already in the log is not appended again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome append(RecordContent prepared) {
        return em.unwrap(Session.class).doReturningWork(connection -> append(connection, prepared));
    }

    private Outcome append(Connection c, RecordContent prepared) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into audit_chain (county_id, length, head_hash, updated_at) values (?, 0, ?, now())
                on conflict (county_id) do nothing""")) {
            ps.setString(1, prepared.countyId());
            ps.setString(2, RecordHasher.GENESIS);
            ps.executeUpdate();
        }
        long length;
        String headHash;
        try (PreparedStatement ps = c.prepareStatement(
                "select length, head_hash from audit_chain where county_id = ? for update")) {
            ps.setString(1, prepared.countyId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                length = rs.getLong(1);
                headHash = rs.getString(2);
            }
        }
        // checked under the lock: a redelivery racing the first delivery waits here and then finds it
        try (PreparedStatement ps = c.prepareStatement("select county_id, type from audit_record where event_id = ?")) {
            ps.setString(1, prepared.eventId());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (!rs.getString(2).equals(prepared.type())) {
                        LOG.warnf("event id %s arrived again as %s, recorded as %s; the first record stands",
                                prepared.eventId(), prepared.type(), rs.getString(2));
                    }
                    return Outcome.ALREADY_RECORDED;
                }
            }
        }
        RecordContent content = prepared.at(length + 1);
        String hash = RecordHasher.hash(content, headHash);
        try (PreparedStatement ps = c.prepareStatement("""
                insert into audit_record (county_id, chain_position, event_id, type, source, subject, event_time,
                    received_at, actor, correlation_id, causation_id, data, mentions, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")) {
            ps.setString(1, content.countyId());
            ps.setLong(2, content.chainPosition());
            ps.setString(3, content.eventId());
            ps.setString(4, content.type());
            ps.setString(5, content.source());
            ps.setString(6, content.subject());
            setTimestamp(ps, 7, content.time());
            setTimestamp(ps, 8, content.receivedAt());
            ps.setString(9, content.actor());
            ps.setString(10, content.correlationId());
            ps.setString(11, content.causationId());
            ps.setString(12, content.data());
            ps.setArray(13, c.createArrayOf("text", content.mentions().toArray()));
            ps.setString(14, headHash);
            ps.setString(15, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update audit_chain set length = ?, head_hash = ?, updated_at = now() where county_id = ?")) {
            ps.setLong(1, content.chainPosition());
            ps.setString(2, hash);
            ps.setString(3, content.countyId());
            ps.executeUpdate();
        }
        return Outcome.APPENDED;
    }

    /**
     * Rule ID_NUMBER_MASKED for the backbone's inbox row of this event, written in this same
     * transaction with the subject and id as received: they are masked there too, so that no
     * table of this database holds an ID number whole.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void maskInboxEntry(String consumer, String receivedEventId, String storedEventId, String storedSubject) {
        em.createNativeQuery("update inbox_event set event_id = ?1, subject = ?2 where consumer = ?3 and event_id = ?4")
                .setParameter(1, storedEventId)
                .setParameter(2, storedSubject)
                .setParameter(3, consumer)
                .setParameter(4, receivedEventId)
                .executeUpdate();
    }

    private static void setTimestamp(PreparedStatement ps, int index, OffsetDateTime time) throws SQLException {
        if (time == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, time);
        }
    }
}
