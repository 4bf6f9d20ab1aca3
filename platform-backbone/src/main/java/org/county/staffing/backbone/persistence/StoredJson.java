package org.county.staffing.backbone.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

/**
 * Values a service keeps as JSON in a text column (plan items, evidence, checks, candidates).
 *
 * <p>One mapper with the platform's settings (those of the REST layer: ISO-8601 dates, unknown
 * properties ignored so that an older row still reads after a field was added), but none of the
 * request-side strictness: rows are written by the service itself, so a value that does not read
 * back is a defect ({@link IllegalStateException}), not bad input. Static, so entities and plain
 * Java rules can use it without injection.
 */
public final class StoredJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(new ParameterNamesModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StoredJson() {
    }

    /** The column's text for {@code value}; {@code null} stays {@code null}. */
    public static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value could not be stored as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        return json == null ? null : read(json, MAPPER.getTypeFactory().constructType(type));
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return json == null ? null : read(json, MAPPER.getTypeFactory().constructType(type));
    }

    public static <T> T read(String json, JavaType type) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON could not be read as " + type + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The stored value as a tree (for views that pass it on as it is); {@code null} for a null column. */
    public static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON could not be read: " + e.getOriginalMessage(), e);
        }
    }

    /** A value converted through JSON, e.g. a tree into a record. */
    public static <T> T convert(Object value, Class<T> type) {
        return value == null ? null : MAPPER.convertValue(value, type);
    }

    /** The mapper itself, for the rare reader that needs a parser or a type factory. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
