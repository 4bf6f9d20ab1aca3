package org.county.staffing.backbone.events;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CloudEvents JSON event format (structured content mode), written and read strictly:
 * a record that is not a valid event of this platform is rejected with the reason, so the
 * consumer can dead-letter it instead of guessing.
 */
public final class CloudEventCodec {

    /** {@code <service>.<aggregate>.<past-tense-verb>.v<n>}, lower case, words joined by dashes. */
    public static final Pattern TYPE = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*");
    private static final Set<String> KNOWN = Set.of("specversion", "id", "source", "type", "subject", "time",
            "datacontenttype", "data", "countyid", "actor", "correlationid", "causationid");
    private static final Pattern EXTENSION_NAME = Pattern.compile("[a-z0-9]{1,20}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CloudEventCodec() {
    }

    public static byte[] encode(CloudEvent event) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("specversion", CloudEvent.SPEC_VERSION);
        json.put("id", event.id());
        json.put("source", event.source());
        json.put("type", event.type());
        putIfPresent(json, "subject", event.subject());
        if (event.time() != null) {
            // RFC 3339 needs the seconds, which OffsetDateTime.toString() drops when they are zero
            json.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time()));
        }
        json.put("datacontenttype", CloudEvent.DATA_CONTENT_TYPE);
        putIfPresent(json, "countyid", event.countyId());
        putIfPresent(json, "actor", event.actor());
        putIfPresent(json, "correlationid", event.correlationId());
        putIfPresent(json, "causationid", event.causationId());
        json.set("data", event.data() == null ? MAPPER.nullNode() : event.data());
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new IllegalStateException("event " + event.id() + " could not be written", e);
        }
    }

    public static CloudEvent decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedEventException("empty record value: not a CloudEvent");
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("record value is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedEventException("record value could not be read: " + e.getMessage(), e);
        }
        if (json == null || !json.isObject()) {
            throw new MalformedEventException("record value is not a JSON object: not a CloudEvent");
        }
        String specVersion = required(json, "specversion");
        if (!CloudEvent.SPEC_VERSION.equals(specVersion)) {
            throw new MalformedEventException("unsupported CloudEvents specversion " + specVersion);
        }
        String type = required(json, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new MalformedEventException("event type '" + type + "' is not <service>.<aggregate>.<verb>.v<n>");
        }
        String contentType = optional(json, "datacontenttype");
        if (contentType != null && !contentType.startsWith(CloudEvent.DATA_CONTENT_TYPE)) {
            throw new MalformedEventException("unsupported datacontenttype " + contentType);
        }
        OffsetDateTime time = null;
        String rawTime = optional(json, "time");
        if (rawTime != null) {
            try {
                time = OffsetDateTime.parse(rawTime);
            } catch (DateTimeParseException e) {
                throw new MalformedEventException("time '" + rawTime + "' is not an RFC 3339 timestamp", e);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!KNOWN.contains(field.getKey()) && !EXTENSION_NAME.matcher(field.getKey()).matches()) {
                throw new MalformedEventException("attribute name '" + field.getKey() + "' is not a valid CloudEvents name");
            }
        }
        return new CloudEvent(
                required(json, "id"),
                required(json, "source"),
                type,
                optional(json, "subject"),
                time,
                json.get("data"),
                optional(json, "countyid"),
                optional(json, "actor"),
                optional(json, "correlationid"),
                optional(json, "causationid"));
    }

    private static String required(JsonNode json, String name) {
        String value = optional(json, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("required CloudEvents attribute '" + name + "' is missing");
        }
        return value;
    }

    private static String optional(JsonNode json, String name) {
        JsonNode node = json.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new MalformedEventException("attribute '" + name + "' must be a string");
        }
        return node.asText();
    }

    private static void putIfPresent(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
