package org.county.staffing.audit.query;

import java.time.OffsetDateTime;

/**
 * What a query asks for; every part optional. {@code from} is inclusive, {@code to} exclusive,
 * both compared with the event's time (its arrival when it carries none).
 *
 * @param type       an exact event type
 * @param typePrefix the types starting with this ({@code recruitment.teacher.*} in the query)
 * @param subject    the event's subject
 * @param mentioning an id the event names anywhere (the timeline)
 */
public record AuditFilter(
        String type,
        String typePrefix,
        String subject,
        String mentioning,
        String actor,
        String correlationId,
        OffsetDateTime from,
        OffsetDateTime to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }

    public AuditFilter mentioning(String id) {
        return new AuditFilter(type, typePrefix, subject, id, actor, correlationId, from, to);
    }
}
