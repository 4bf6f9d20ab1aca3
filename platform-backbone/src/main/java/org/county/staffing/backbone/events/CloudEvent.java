package org.county.staffing.backbone.events;

import java.time.OffsetDateTime;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event as this platform sends it: JSON data and four extensions.
 *
 * @param id            unique per event (UUID); consumers deduplicate on it
 * @param source        the producing service, e.g. {@code /quota-service}
 * @param type          {@code <service>.<aggregate>.<past-tense-verb>.v<n>}
 * @param subject       the aggregate id, also the Kafka record key
 * @param time          when the change was committed
 * @param data          the payload
 * @param countyId      extension {@code countyid}: the county the change belongs to
 * @param actor         extension {@code actor}: who caused it ({@code role:username}, or {@code system:<service>})
 * @param correlationId extension {@code correlationid}: shared by everything one request set off
 * @param causationId   extension {@code causationid}: the event that caused this one, if any
 */
public record CloudEvent(
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        JsonNode data,
        String countyId,
        String actor,
        String correlationId,
        String causationId) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Structured content mode on Kafka: the whole event is the record value. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
    }
}
