package org.county.staffing.backbone.outbox;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.config.BackboneConfig;
import org.county.staffing.backbone.context.CurrentEventContext;
import org.county.staffing.backbone.context.EventContext;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.backbone.events.Topics;
import org.county.staffing.contracts.EventType;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records an event in the same database transaction as the state change it announces. Nothing is
 * sent to Kafka here: the {@link OutboxRelay} publishes committed rows, so a rolled-back change
 * never produces an event and a committed one always does.
 */
@ApplicationScoped
public class Outbox {

    /** The transaction's resource key of the rows it appended. */
    private static final Object PENDING_ROWS = new Object();

    @Inject
    EntityManager em;

    @Inject
    BackboneConfig config;

    @Inject
    CurrentEventContext contexts;

    @Inject
    ObjectMapper mapper;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    private final DistributionSummary appendedBatches;

    @Inject
    Outbox(MeterRegistry metrics) {
        appendedBatches = DistributionSummary.builder("outbox.append.batch.events")
                .description("events a transaction appended to the outbox, inserted as one JDBC batch at its commit")
                .register(metrics);
    }

    /**
     * Appends an event about one aggregate; the aggregate id is the event's subject and Kafka key.
     * The payload is written by its contract, exactly as consumers decode it; a payload missing a
     * required field is refused here ({@link org.county.staffing.contracts.MalformedPayloadException}),
     * so it never reaches a consumer.
     *
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends Record> UUID append(EventType<T> type, String aggregateType, String aggregateId, T payload) {
        return append(type, aggregateType, aggregateId, null, payload);
    }

    /** As {@link #append(EventType, String, String, Record)}, for a county other than the caller's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends Record> UUID append(EventType<T> type, String aggregateType, String aggregateId, String countyId,
                                          T payload) {
        requireOwnType(type.name());
        return persist(type.name(), aggregateType, aggregateId, countyId, type.encodeToString(payload));
    }

    /**
     * Appends an event whose payload is any serialisable object.
     *
     * @deprecated publish with the event's contract, {@link #append(EventType, String, String, Record)}
     */
    @Deprecated
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String eventType, String aggregateType, String aggregateId, Object data) {
        return append(eventType, aggregateType, aggregateId, null, data);
    }

    /**
     * As {@link #append(String, String, String, Object)}, for a county other than the caller's.
     *
     * @deprecated publish with the event's contract, {@link #append(EventType, String, String, String, Record)}
     */
    @Deprecated
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String eventType, String aggregateType, String aggregateId, String countyId, Object data) {
        requireOwnType(eventType);
        String payload;
        try {
            payload = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + eventType + " is not serialisable", e);
        }
        return persist(eventType, aggregateType, aggregateId, countyId, payload);
    }

    private UUID persist(String eventType, String aggregateType, String aggregateId, String countyId, String payload) {
        EventContext context = contexts.get();
        OutboxEvent row = new OutboxEvent(UUID.randomUUID(), topic(), aggregateType, aggregateId, eventType,
                countyId != null ? countyId : context.countyId(), context.actor(), context.correlationId(),
                context.causationId(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS), payload);
        pendingRows().add(row);
        return row.eventId();
    }

    /**
     * The rows this transaction appended so far. They are inserted together, in the order appended,
     * as one JDBC batch just before the transaction commits (after Hibernate's own flush, on the
     * same connection): a bulk change with thousands of events costs one round trip for them, not one
     * per event. The database still numbers each row as it is inserted (the identity column), so
     * rows keep insertion order across transactions and service instances, which ids handed out in
     * blocks per instance would not.
     */
    private List<OutboxEvent> pendingRows() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = (List<OutboxEvent>) transactions.getResource(PENDING_ROWS);
        if (pending != null) {
            return pending;
        }
        List<OutboxEvent> rows = new ArrayList<>();
        transactions.putResource(PENDING_ROWS, rows);
        em.unwrap(SessionImplementor.class).getActionQueue()
                .registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) session -> insert(session, rows));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
        return rows;
    }

    private void insert(SharedSessionContractImplementor session, List<OutboxEvent> rows) {
        if (rows.isEmpty()) {
            return;
        }
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(OutboxEvent.INSERT)) {
                for (OutboxEvent row : rows) {
                    row.bind(insert);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        appendedBatches.record(rows.size());
    }

    public String topic() {
        return config.topic().orElseGet(() -> Topics.of(config.serviceName()));
    }

    private void requireOwnType(String eventType) {
        String prefix = topic().substring(0, topic().length() - ".events".length()) + ".";
        if (!CloudEventCodec.TYPE.matcher(eventType).matches() || !eventType.startsWith(prefix)) {
            throw new IllegalArgumentException("event type " + eventType + " is not " + prefix + "<aggregate>.<verb>.v<n>");
        }
    }
}
