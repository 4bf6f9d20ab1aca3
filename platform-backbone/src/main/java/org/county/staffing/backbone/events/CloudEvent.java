package org.county.staffing.backbone.events;

import java.time.OffsetDateTime;
import java.util.Objects;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.MalformedPayloadException;

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

    /** Whether this event is of the given type (same name, so the same version). */
    public boolean is(EventType<?> eventType) {
        return eventType.name().equals(type);
    }

    /**
     * The payload as its contract's record. Fields the record does not know are ignored.
     *
     * @throws MalformedEventException  when the data does not decode (a required field missing or
     *                                  of the wrong type): the inbox dead-letters the event at once
     * @throws IllegalArgumentException when the event is of another type (a handler's mistake)
     */
    public <T extends Record> T data(EventType<T> eventType) {
        if (!is(eventType)) {
            throw new IllegalArgumentException("event " + id + " is " + type + ", not " + eventType.name());
        }
        try {
            return eventType.decode(data);
        } catch (MalformedPayloadException e) {
            throw new MalformedEventException("event " + id + " from " + source + ": " + e.getMessage(), e);
        }
    }
}
