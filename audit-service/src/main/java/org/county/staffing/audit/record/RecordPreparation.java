package org.county.staffing.audit.record;

import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.contracts.EventCatalog;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.MalformedPayloadException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a received event into the content of its audit record (not yet placed in a chain):
 * personal data masked, timestamps at the precision the database keeps, mentions extracted.
 */
public final class RecordPreparation {

    /** Envelope attributes longer than these come from no service of this platform (rule ENVELOPE_BOUNDS). */
    static final int MAX_ID = 200;
    static final int MAX_COUNTY = 64;
    static final int MAX_TEXT = 500;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The contracts' name of the county in the payloads that carry it. */
    private static final String COUNTY_COMPONENT = "countyId";

    private RecordPreparation() {
    }

    public static RecordContent prepare(CloudEvent event, OffsetDateTime receivedAt) {
        requireWithin("id", event.id(), MAX_ID);
        requireWithin("source", event.source(), MAX_TEXT);
        requireWithin("subject", event.subject(), MAX_TEXT);
        requireWithin("countyid", event.countyId(), MAX_COUNTY);
        requireWithin("actor", event.actor(), MAX_TEXT);
        requireWithin("correlationid", event.correlationId(), MAX_ID);
        requireWithin("causationid", event.causationId(), MAX_ID);

        JsonNode data = StoredPayload.of(event.data());
        String subject = StoredPayload.text(event.subject());
        String dataText;
        try {
            dataText = JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("the data of event " + event.id() + " cannot be written as JSON", e);
        }
        return new RecordContent(
                county(event, data),
                0,
                StoredPayload.text(event.id()),
                event.type(),
                StoredPayload.text(event.source()),
                subject,
                micros(event.time()),
                micros(receivedAt),
                StoredPayload.text(event.actor()),
                StoredPayload.text(event.correlationId()),
                StoredPayload.text(event.causationId()),
                dataText,
                Mentions.of(subject, data));
    }

    /**
     * The envelope's county; an event without one is filed under the county its payload names, read through
     * the event type's contract (a payload its contract does not decode, or an unknown type, names none).
     */
    static String county(CloudEvent event, JsonNode storedData) {
        if (event.countyId() != null && !event.countyId().isBlank()) {
            return StoredPayload.text(event.countyId());
        }
        return EventCatalog.byName(event.type()).flatMap(type -> countyOf(type, storedData))
                .filter(county -> !county.isBlank() && county.length() <= MAX_COUNTY)
                .orElse(RecordContent.UNATTRIBUTED);
    }

    private static Optional<String> countyOf(EventType<?> type, JsonNode storedData) {
        Record payload;
        try {
            payload = type.decode(storedData);
        } catch (MalformedPayloadException e) {
            return Optional.empty();
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals(COUNTY_COMPONENT) && component.getType() == String.class) {
                try {
                    return Optional.ofNullable((String) component.getAccessor().invoke(payload));
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static OffsetDateTime micros(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireWithin(String attribute, String value, int max) {
        if (value != null && value.length() > max) {
            throw new MalformedEventException("CloudEvents attribute '" + attribute + "' is " + value.length()
                    + " characters long; the audit log keeps at most " + max + " (rule ENVELOPE_BOUNDS)");
        }
    }
}
