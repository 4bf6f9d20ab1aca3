package org.county.staffing.backbone.config;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.county.staffing.backbone.input.ControlCharacterInJson;
import org.county.staffing.backbone.input.ControlCharacters;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies of every service are read as written; a wrong type is a 400 {@code FIELD_TYPE}
 * naming the field instead of a quietly wrong record:
 * <ul>
 * <li>no string to number or boolean ({@code "12"} is not 12), no float to whole number (12.5 is
 * not 12), no number to boolean (1 is not true), no number or boolean to string;</li>
 * <li>no number to a date or time (20261201 is not a day count), dates only as ISO text;</li>
 * <li>no single value for an array, no empty string for a number, boolean, date or enum;</li>
 * <li>enums by their exact constant names (no index, no other case); whole numbers beyond
 * {@code int}/{@code long} are refused naming the field;</li>
 * <li>no control characters in strings except tab, CR and LF ({@code CONTROL_CHARACTER}).</li>
 * </ul>
 * Required numbers are boxed and {@code @NotNull} in request records, so that a missing one is
 * named, not read as 0.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The settings, for mappers built outside Quarkus (tests, tools). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        mapper.disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
        mapper.disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (LogicalType scalar : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.DateTime, LogicalType.Enum}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        // dates and enums come as text; the text is checked by their own deserializers
        mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        for (LogicalType notNumeric : new LogicalType[] {LogicalType.Boolean, LogicalType.DateTime, LogicalType.Enum,
                LogicalType.Textual}) {
            mapper.coercionConfigFor(notNumeric).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            mapper.coercionConfigFor(notNumeric).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // java.time reads numbers as day counts or epoch seconds only when lenient
        for (Class<?> time : new Class<?>[] {LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class,
                OffsetDateTime.class, ZonedDateTime.class, YearMonth.class}) {
            mapper.configOverride(time).setFormat(JsonFormat.Value.forLeniency(false));
        }
        SimpleModule controls = new SimpleModule("platform-control-characters");
        controls.addDeserializer(String.class, new CheckedString());
        controls.addDeserializer(UUID.class, new StrictUuid());
        controls.addDeserializer(JsonNode.class, new CheckedTree<>(JsonNode.class));
        controls.addDeserializer(ObjectNode.class, new CheckedTree<>(ObjectNode.class));
        controls.addDeserializer(ArrayNode.class, new CheckedTree<>(ArrayNode.class));
        controls.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type.getName().startsWith("java.time.") ? new TextOnlyTime(deserializer) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnum(deserializer);
            }
        });
        mapper.registerModule(controls);
        return mapper;
    }

    /**
     * Dates and times only as ISO text: the java.time readers take a number as epoch seconds or a
     * day count whatever the leniency (Instant does), which is never what a client meant.
     */
    static final class TextOnlyTime extends DelegatingDeserializer {

        TextOnlyTime(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new TextOnlyTime(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != null && p.currentToken().isNumeric()) {
                return ctxt.reportInputMismatch(handledType(), "a date or time is ISO-8601 text, not the number %s",
                        p.getText());
            }
            return super.deserialize(p, ctxt);
        }
    }

    /**
     * Enum constants exactly as written: Jackson trims the text before it looks a constant up, so
     * {@code " TEACHING "} would pass for {@code TEACHING}.
     */
    /** An id only as its text: {@code ""} is not "no id" (Jackson reads it as null by default). */
    static final class StrictUuid extends StdScalarDeserializer<UUID> {

        StrictUuid() {
            super(UUID.class);
        }

        @Override
        public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (UUID) context.handleUnexpectedToken(UUID.class, parser);
            }
            String text = parser.getText();
            try {
                if (text.length() == 36) {
                    return UUID.fromString(text);
                }
            } catch (IllegalArgumentException e) {
                // reported below, as any other malformed id
            }
            return (UUID) context.handleWeirdStringValue(UUID.class, text, "an id is a UUID like 3f2c8e1a-0b6d-4c2e-9a51-7d0e4b8f1c23");
        }
    }

    static final class ExactEnum extends DelegatingDeserializer {

        ExactEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactEnum(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (!text.equals(text.strip())) {
                    return ctxt.handleWeirdStringValue(handledType(), text,
                            "an enum constant is written exactly, without surrounding spaces");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** Strings as Jackson reads them, refused when they hold a control character other than tab, CR, LF. */
    static final class CheckedString extends StdScalarDeserializer<String> {

        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            int at = ControlCharacters.inText(value);
            if (at >= 0) {
                throw new ControlCharacterInJson(p, value, at);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    /** Free-form JSON (trees): every text and every field name is checked the same way. */
    static final class CheckedTree<T extends JsonNode> extends StdDeserializer<T> {

        private final JsonDeserializer<? extends JsonNode> delegate;

        CheckedTree(Class<T> type) {
            super(type);
            this.delegate = JsonNodeDeserializer.getDeserializer(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T tree = (T) delegate.deserialize(p, ctxt);
            check(tree, p, new ArrayDeque<>());
            return tree;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return (T) delegate.getNullValue(ctxt);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
            return delegate.getAbsentValue(ctxt);
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public LogicalType logicalType() {
            return delegate.logicalType();
        }

        private static void check(JsonNode node, JsonParser p, Deque<Object> path) throws ControlCharacterInJson {
            if (node == null) {
                return;
            }
            if (node.isTextual()) {
                int at = ControlCharacters.inText(node.textValue());
                if (at >= 0) {
                    throw located(new ControlCharacterInJson(p, node.textValue(), at), path);
                }
            } else if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    int at = ControlCharacters.inText(field.getKey());
                    if (at >= 0) {
                        throw located(new ControlCharacterInJson(p, field.getKey(), at), path);
                    }
                    path.addLast(field.getKey());
                    check(field.getValue(), p, path);
                    path.removeLast();
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    path.addLast(i);
                    check(node.get(i), p, path);
                    path.removeLast();
                }
            }
        }

        /** Jackson adds the path outside the tree on the way out; the path inside it is added here. */
        private static ControlCharacterInJson located(ControlCharacterInJson e, Deque<Object> path) {
            Iterator<Object> innermostFirst = path.descendingIterator();
            while (innermostFirst.hasNext()) {
                Object step = innermostFirst.next();
                if (step instanceof Integer index) {
                    e.prependPath(null, index);
                } else {
                    e.prependPath(null, (String) step);
                }
            }
            return e;
        }
    }
}
