package org.county.staffing.backbone.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them sent.
 *
 * <p>One relay per database works at a time: a transaction-scoped advisory lock elects it, so
 * rows leave in insertion order and two instances of a service never send the same row; the
 * selected rows are also locked {@code FOR UPDATE SKIP LOCKED}. A row is marked sent only after
 * the broker acknowledged it; when the broker fails, the acknowledged prefix is marked and the
 * rest stays for the next attempt (delivery is at least once; consumers deduplicate by id).
 */
public final class OutboxPublisher {

    /** Any constant works: each service has its own database. */
    private static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"

    private final DataSource dataSource;
    private final Producer<String, byte[]> producer;
    private final String source;
    private final int batchSize;
    private final Duration sendTimeout;

    public OutboxPublisher(DataSource dataSource, Producer<String, byte[]> producer, String serviceName,
                           int batchSize, Duration sendTimeout) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.source = "/" + serviceName;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Publishes one batch.
     *
     * @return rows published; 0 when there was nothing to send or another relay holds the lock
     * @throws PublishFailedException when the broker did not acknowledge a row (the prefix before it is kept)
     */
    public int publishBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int published = publishLocked(c);
                c.commit();
                return published;
            } catch (PublishFailedException e) {
                c.commit();
                throw e;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    public long pending() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event where published_at is null");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int publishLocked(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Row> rows = nextBatch(c);
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Future<RecordMetadata> ack = producer.send(row.record(source));
            acks.add(ack);
            if (failedAlready(ack)) {
                // a send refused at once (no metadata while the broker is away) must stop the batch: a
                // later row sent once the broker is back would reach the topic ahead of this one
                break;
            }
        }
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        int acknowledged = 0;
        Exception failure = null;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged++;
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof Exception cause ? cause : e;
                break;
            } catch (TimeoutException e) {
                failure = e;
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
                break;
            }
        }
        markPublished(c, rows.subList(0, acknowledged));
        if (failure != null) {
            markFailed(c, rows.get(acknowledged), failure);
            throw new PublishFailedException(acknowledged, failure);
        }
        return acknowledged;
    }

    private static boolean failedAlready(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private List<Row> nextBatch(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select seq, event_id, topic, aggregate_id, event_type, county_id, actor, correlation_id,
                       causation_id, occurred_at, payload::text
                  from outbox_event
                 where published_at is null
                 order by seq
                 limit ?
                   for update skip locked""")) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getObject(10, OffsetDateTime.class), rs.getString(11)));
                }
            }
        }
        return rows;
    }

    private static void markPublished(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Long[] seqs = rows.stream().map(Row::seq).toArray(Long[]::new);
        try (PreparedStatement ps = c.prepareStatement(
                "update outbox_event set published_at = now(), attempts = attempts + 1, last_error = null where seq = any(?)")) {
            Array array = c.createArrayOf("bigint", seqs);
            ps.setArray(1, array);
            ps.executeUpdate();
        }
    }

    private static void markFailed(Connection c, Row row, Exception failure) throws SQLException {
        String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        try (PreparedStatement ps = c.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where seq = ?")) {
            ps.setString(1, message.length() > 1000 ? message.substring(0, 1000) : message);
            ps.setLong(2, row.seq());
            ps.executeUpdate();
        }
    }

    private record Row(long seq, String eventId, String topic, String aggregateId, String type, String countyId,
                       String actor, String correlationId, String causationId, OffsetDateTime occurredAt,
                       String payload) {

        ProducerRecord<String, byte[]> record(String source) {
            CloudEvent event;
            try {
                event = new CloudEvent(eventId, source, type, aggregateId, occurredAt,
                        CloudEventCodec.mapper().readTree(payload), countyId, actor, correlationId, causationId);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("outbox row " + seq + " holds invalid JSON", e);
            }
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, aggregateId, CloudEventCodec.encode(event));
            record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            return record;
        }
    }

    /** The broker did not acknowledge a row; {@link #published()} rows before it were kept. */
    public static final class PublishFailedException extends RuntimeException {
        private final int published;

        PublishFailedException(int published, Exception cause) {
            super("broker did not acknowledge an outbox row after " + published + " were published: " + cause.getMessage(), cause);
            this.published = published;
        }

        public int published() {
            return published;
        }
    }
}
