package org.county.staffing.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape of a payload record, read from its components: which fields are required, and the
 * JSON type each must have. Checks a JSON payload before it is bound, so that a bad event is
 * refused naming its field (Jackson alone would leave a missing field {@code null} or 0).
 */
public final class PayloadSchema {

    /**
     * One field of a payload.
     *
     * @param name     the JSON field name (the record component's name)
     * @param required absent or {@code null} makes the payload malformed
     * @param type     the JSON type as docs/events.md writes it: {@code string}, {@code uuid},
     *                 {@code date}, {@code timestamp}, {@code int}, {@code number}, {@code boolean},
     *                 {@code object}, {@code T[]}, {@code {string: T}} or a nested record's name
     * @param nested   the schema of a nested record (also of a list's or a map's records), else null
     */
    public record Field(String name, boolean required, String type, PayloadSchema nested) {
    }

    private final Class<?> recordClass;
    private final List<Field> fields;
    private final List<Type> javaTypes;

    private PayloadSchema(Class<?> recordClass) {
        if (!recordClass.isRecord()) {
            throw new IllegalArgumentException(recordClass.getName() + " is not a record");
        }
        this.recordClass = recordClass;
        List<Field> f = new ArrayList<>();
        List<Type> t = new ArrayList<>();
        for (RecordComponent c : recordClass.getRecordComponents()) {
            boolean required = c.getType().isPrimitive() || !c.isAnnotationPresent(Nullable.class);
            Type type = c.getGenericType();
            f.add(new Field(c.getName(), required, describe(type), nestedOf(type)));
            t.add(type);
        }
        this.fields = List.copyOf(f);
        this.javaTypes = List.copyOf(t);
    }

    static PayloadSchema of(Class<?> recordClass) {
        return new PayloadSchema(recordClass);
    }

    public Class<?> recordClass() {
        return recordClass;
    }

    public List<Field> fields() {
        return fields;
    }

    void check(String eventType, JsonNode node, String path) {
        if (!node.isObject()) {
            throw new MalformedPayloadException(eventType, path, "must be a JSON object");
        }
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            String at = path.isEmpty() ? field.name() : path + "." + field.name();
            JsonNode value = node.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    throw new MalformedPayloadException(eventType, at, "is required but " + (value == null ? "missing" : "null"));
                }
                continue;
            }
            checkValue(eventType, javaTypes.get(i), value, at);
        }
    }

    private static void checkValue(String eventType, Type type, JsonNode value, String at) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                if (!value.isArray()) {
                    throw wrong(eventType, at, "an array");
                }
                for (int i = 0; i < value.size(); i++) {
                    JsonNode element = value.get(i);
                    if (element.isNull()) {
                        throw new MalformedPayloadException(eventType, at + "[" + i + "]", "must not be null");
                    }
                    checkValue(eventType, p.getActualTypeArguments()[0], element, at + "[" + i + "]");
                }
                return;
            }
            if (Map.class.isAssignableFrom(raw)) {
                if (!value.isObject()) {
                    throw wrong(eventType, at, "an object");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    if (entry.getValue().isNull()) {
                        throw new MalformedPayloadException(eventType, at + "." + entry.getKey(), "must not be null");
                    }
                    checkValue(eventType, p.getActualTypeArguments()[1], entry.getValue(), at + "." + entry.getKey());
                }
                return;
            }
            throw new IllegalStateException("unsupported payload type " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            require(value.isTextual(), eventType, at, "a string");
        } else if (c == UUID.class) {
            require(value.isTextual(), eventType, at, "a UUID string");
            try {
                UUID parsed = UUID.fromString(value.asText());
                require(parsed.toString().equalsIgnoreCase(value.asText()), eventType, at, "a UUID string");
            } catch (IllegalArgumentException e) {
                throw wrong(eventType, at, "a UUID string");
            }
        } else if (c == LocalDate.class) {
            require(value.isTextual(), eventType, at, "an ISO date string");
            try {
                LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw wrong(eventType, at, "an ISO date string (yyyy-MM-dd)");
            }
        } else if (c == OffsetDateTime.class || c == Instant.class) {
            require(value.isTextual(), eventType, at, "an RFC 3339 timestamp string");
            try {
                OffsetDateTime.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw wrong(eventType, at, "an RFC 3339 timestamp string");
            }
        } else if (c == int.class || c == Integer.class) {
            require(value.isIntegralNumber() && value.canConvertToInt(), eventType, at, "a 32-bit integer");
        } else if (c == long.class || c == Long.class) {
            require(value.isIntegralNumber() && value.canConvertToLong(), eventType, at, "a 64-bit integer");
        } else if (c == BigDecimal.class || c == double.class || c == Double.class) {
            require(value.isNumber(), eventType, at, "a number");
        } else if (c == boolean.class || c == Boolean.class) {
            require(value.isBoolean(), eventType, at, "true or false");
        } else if (c.isEnum()) {
            require(value.isTextual(), eventType, at, "a string");
            boolean known = false;
            for (Object constant : c.getEnumConstants()) {
                known |= ((Enum<?>) constant).name().equals(value.asText());
            }
            require(known, eventType, at, "one of " + List.of(c.getEnumConstants()));
        } else if (c == JsonNode.class) {
            require(value.isObject(), eventType, at, "an object");
        } else if (c.isRecord()) {
            PayloadSchema.of(c).check(eventType, value, at);
        } else {
            throw new IllegalStateException("unsupported payload type " + c.getName());
        }
    }

    private static void require(boolean ok, String eventType, String at, String expected) {
        if (!ok) {
            throw wrong(eventType, at, expected);
        }
    }

    private static MalformedPayloadException wrong(String eventType, String at, String expected) {
        return new MalformedPayloadException(eventType, at, "must be " + expected);
    }

    private static PayloadSchema nestedOf(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return nestedOf(args[args.length - 1]);
        }
        return type instanceof Class<?> c && c.isRecord() ? PayloadSchema.of(c) : null;
    }

    static String describe(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return describe(args[0]) + "[]";
            }
            if (Map.class.isAssignableFrom(raw)) {
                return "{" + describe(args[0]) + ": " + describe(args[1]) + "}";
            }
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "string";
        } else if (c == UUID.class) {
            return "uuid";
        } else if (c == LocalDate.class) {
            return "date";
        } else if (c == OffsetDateTime.class || c == Instant.class) {
            return "timestamp";
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "int";
        } else if (c == BigDecimal.class || c == double.class || c == Double.class) {
            return "number";
        } else if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        } else if (c == JsonNode.class) {
            return "object";
        } else if (c.isEnum()) {
            return "string";
        }
        return c.getSimpleName();
    }
}
