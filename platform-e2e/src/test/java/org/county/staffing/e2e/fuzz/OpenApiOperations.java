package org.county.staffing.e2e.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The operations a running service documents in its OpenAPI document, with their parameters and
 * request body schemas resolved ({@code $ref}, single {@code allOf}, 3.1 type lists), so that a
 * new endpoint is fuzzed without anyone writing a case for it.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** A path or query parameter and its schema. */
    record Param(String name, String in, JsonNode schema, boolean required) {
    }

    /** One operation: where it is, what it takes, and which of the role matrix's roles may call it. */
    record Operation(String service, String method, String path, List<Param> params, JsonNode body, boolean bodyRequired,
                     Set<String> roles) {

        String key() {
            return method + " " + path;
        }

        boolean hasBody() {
            return body != null;
        }
    }

    private OpenApiOperations() {
    }

    /** Every operation of the document, in its order; roles from the service's role matrix ({@code METHOD path -> roles}). */
    static List<Operation> read(String service, JsonNode document, Map<String, Set<String>> roleMatrix) {
        List<Operation> operations = new ArrayList<>();
        JsonNode components = document.path("components").path("schemas");
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> entry = methods.next();
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode op = entry.getValue();
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                List<Param> params = new ArrayList<>();
                for (JsonNode source : List.of(path.getValue().path("parameters"), op.path("parameters"))) {
                    for (JsonNode p : source) {
                        String in = p.path("in").asText();
                        if (in.equals("path") || in.equals("query")) {
                            params.add(new Param(p.path("name").asText(), in, resolve(p.path("schema"), components, 0),
                                    in.equals("path") || p.path("required").asBoolean()));
                        }
                    }
                }
                JsonNode body = null;
                boolean bodyRequired = false;
                JsonNode content = op.path("requestBody").path("content");
                if (content.has("application/json")) {
                    body = resolve(content.path("application/json").path("schema"), components, 0);
                    bodyRequired = op.path("requestBody").path("required").asBoolean(false);
                }
                Set<String> roles = roleMatrix.getOrDefault(method + " " + path.getKey(), Set.of());
                operations.add(new Operation(service, method, path.getKey(), List.copyOf(params), body, bodyRequired, roles));
            }
        }
        return operations;
    }

    /** The schema with every {@code $ref} replaced by its target, to a bounded depth. */
    static JsonNode resolve(JsonNode schema, JsonNode components, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 8) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            ObjectNode merged = resolve(target, components, depth + 1).deepCopy();
            // 3.1 allows siblings of $ref (a description, nullable types)
            schema.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            return merged;
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode parts = schema.path(combiner);
            if (parts.isArray() && !parts.isEmpty()) {
                copy.remove(combiner);
                for (JsonNode part : parts) {
                    JsonNode resolved = resolve(part, components, depth + 1);
                    if (resolved.path("type").asText().equals("null")) {
                        continue;
                    }
                    resolved.fields().forEachRemaining(e -> {
                        if (!copy.has(e.getKey())) {
                            copy.set(e.getKey(), e.getValue());
                        }
                    });
                    if (!combiner.equals("allOf")) {
                        break;
                    }
                }
            }
        }
        if (copy.has("properties")) {
            ObjectNode properties = JsonNodeFactory.instance.objectNode();
            copy.path("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), resolve(e.getValue(), components, depth + 1)));
            copy.set("properties", properties);
        }
        if (copy.has("items")) {
            copy.set("items", resolve(copy.get("items"), components, depth + 1));
        }
        if (copy.has("additionalProperties") && copy.get("additionalProperties").isObject()) {
            copy.set("additionalProperties", resolve(copy.get("additionalProperties"), components, depth + 1));
        }
        return copy;
    }

    /** The schema's JSON type: the first of a 3.1 type list that is not {@code null}; "object" for one with properties. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return "object";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }

    static boolean nullable(JsonNode schema) {
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        for (JsonNode t : schema.path("type")) {
            if (t.asText().equals("null")) {
                return true;
            }
        }
        return false;
    }

    static Set<String> required(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }
}
