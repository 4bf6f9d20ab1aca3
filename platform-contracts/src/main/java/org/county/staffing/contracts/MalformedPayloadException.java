package org.county.staffing.contracts;

/**
 * An event's {@code data} that is not a valid payload of its type: a required field is missing or
 * {@code null}, or a field has the wrong JSON type. Such an event can never be processed.
 */
public class MalformedPayloadException extends RuntimeException {

    private final String eventType;
    private final String field;

    public MalformedPayloadException(String eventType, String field, String problem) {
        this(eventType, field, problem, null);
    }

    public MalformedPayloadException(String eventType, String field, String problem, Throwable cause) {
        super(eventType + " payload: " + (field == null || field.isEmpty() ? "" : "field '" + field + "' ") + problem, cause);
        this.eventType = eventType;
        this.field = field;
    }

    /** The event type whose payload did not decode. */
    public String eventType() {
        return eventType;
    }

    /** The path of the offending field, e.g. {@code schools[2].schoolId}; empty for the payload itself. */
    public String field() {
        return field;
    }
}
