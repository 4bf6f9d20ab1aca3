package org.county.staffing.contracts;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One event type of the platform: its name ({@code <service>.<aggregate>.<past-tense-verb>.v<n>}),
 * the record its {@code data} is, and the codec between the two.
 *
 * <p>{@link #decode} reads what a producer wrote: fields the record does not know are ignored (a
 * producer may add optional fields), a required field (every record component not marked
 * {@link Nullable}) that is missing, {@code null} or of the wrong JSON type is a
 * {@link MalformedPayloadException} naming it. A value is never coerced: {@code "3"} is not 3,
 * {@code 1} is not {@code true}, a number is not a date.
 *
 * @param <T> the payload record
 */
public final class EventType<T extends Record> {

    private static final Pattern NAME = Pattern.compile(
            "([a-z]+(?:-[a-z]+)*)\\.([a-z]+(?:-[a-z]+)*)\\.([a-z]+(?:-[a-z]+)*)\\.v([1-9][0-9]*)");

    private final String name;
    private final Class<T> payloadClass;
    private final String producer;
    private final String aggregate;
    private final int version;
    private final PayloadSchema schema;

    private EventType(String name, Class<T> payloadClass) {
        Matcher m = NAME.matcher(Objects.requireNonNull(name, "name"));
        if (!m.matches()) {
            throw new IllegalArgumentException("event type '" + name + "' is not <service>.<aggregate>.<verb>.v<n>");
        }
        this.name = name;
        this.payloadClass = Objects.requireNonNull(payloadClass, "payloadClass");
        this.producer = m.group(1);
        this.aggregate = m.group(2);
        this.version = Integer.parseInt(m.group(4));
        this.schema = PayloadSchema.of(payloadClass);
    }

    /** Declares a type; the version is the name's {@code .v<n>} suffix. */
    public static <T extends Record> EventType<T> of(String name, Class<T> payloadClass) {
        return new EventType<>(name, payloadClass);
    }

    /** The CloudEvents {@code type}, e.g. {@code quota.allocation.changed.v1}. */
    public String name() {
        return name;
    }

    public Class<T> payloadClass() {
        return payloadClass;
    }

    /** The producing service's short name ({@code quota}), also the prefix of its topic. */
    public String producer() {
        return producer;
    }

    /** The aggregate the events are about ({@code allocation}, {@code post}, ...). */
    public String aggregate() {
        return aggregate;
    }

    /** The {@code n} of {@code .v<n>}; a breaking change is a new type with the next version. */
    public int version() {
        return version;
    }

    /** The payload's top-level fields in record order, each with whether it is required. */
    public List<PayloadSchema.Field> fields() {
        return schema.fields();
    }

    /** The payload's schema, nested records included. */
    public PayloadSchema schema() {
        return schema;
    }

    /**
     * Reads an event's {@code data}.
     *
     * @throws MalformedPayloadException when a required field is missing or a field has the wrong type
     */
    public T decode(JsonNode data) {
        if (data == null || data.isNull() || data.isMissingNode()) {
            throw new MalformedPayloadException(name, "", "is missing (data is null)");
        }
        schema.check(name, data, "");
        try {
            return PayloadJson.MAPPER.treeToValue(data, payloadClass);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedPayloadException(name, "", "does not decode: " + e.getMessage(), e);
        }
    }

    /** Reads an event's {@code data} given as JSON text. */
    public T decode(String json) {
        JsonNode data;
        try {
            data = PayloadJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException(name, "", "is not JSON: " + e.getOriginalMessage(), e);
        }
        return decode(data);
    }

    /**
     * Writes a payload as the event's {@code data}, exactly as consumers read it.
     *
     * @throws MalformedPayloadException when a required component is {@code null}: such an event
     *                                   would be dead-lettered by every consumer, so it is never written
     */
    public JsonNode encode(T payload) {
        Objects.requireNonNull(payload, "payload");
        if (!payloadClass.isInstance(payload)) {
            throw new IllegalArgumentException(payload.getClass().getName() + " is not the payload of " + name);
        }
        JsonNode data = PayloadJson.MAPPER.valueToTree(payload);
        schema.check(name, data, "");
        return data;
    }

    /** {@link #encode} as JSON text. */
    public String encodeToString(T payload) {
        try {
            return PayloadJson.MAPPER.writeValueAsString(encode(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload of " + name + " is not serialisable", e);
        }
    }

    /** The mapper the contracts read and write with (JSR-310 dates as ISO text). */
    public static ObjectMapper mapper() {
        return PayloadJson.MAPPER;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventType<?> other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
