package org.county.staffing.backbone.outbox;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One row of the transactional outbox as {@link Outbox} appends it. Its {@code seq} (insertion
 * order, the order the relay publishes in) is not here: the database assigns it when the row is
 * inserted, as the table's identity column always did.
 */
record OutboxEvent(UUID eventId, String topic, String aggregateType, String aggregateId, String eventType,
                   String countyId, String actor, String correlationId, String causationId, OffsetDateTime occurredAt,
                   String payload) {

    static final String INSERT = """
            insert into outbox_event (event_id, topic, aggregate_type, aggregate_id, event_type, county_id, actor,
                                      correlation_id, causation_id, occurred_at, payload)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""";

    /** Binds this row to {@link #INSERT}. */
    void bind(PreparedStatement insert) throws SQLException {
        insert.setObject(1, eventId);
        insert.setString(2, topic);
        insert.setString(3, aggregateType);
        insert.setString(4, aggregateId);
        insert.setString(5, eventType);
        insert.setString(6, countyId);
        insert.setString(7, actor);
        insert.setString(8, correlationId);
        insert.setString(9, causationId);
        insert.setObject(10, occurredAt);
        insert.setString(11, payload);
    }
}
