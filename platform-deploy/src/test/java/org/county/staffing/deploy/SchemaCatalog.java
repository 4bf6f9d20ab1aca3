package org.county.staffing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The schemas kept in deploy/kubernetes/schemas: the Kubernetes API definitions and the CRDs' schemas.
 * Like kubeconform's strict mode, an object schema that lists its properties refuses any other one
 * (unless it says x-kubernetes-preserve-unknown-fields), so a misspelt field fails instead of being ignored.
 */
final class SchemaCatalog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode kubernetesDefinitions;
    private final ObjectNode strimziCommon;
    private final Map<String, JsonNode> crds = new HashMap<>();
    private final Map<String, JsonSchema> compiled = new HashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    SchemaCatalog(Path schemas) throws IOException {
        kubernetesDefinitions = (ObjectNode) JSON.readTree(schemas.resolve("kubernetes/kubernetes-definitions.json").toFile()).path("$defs");
        strimziCommon = (ObjectNode) Kustomize.YAML.readTree(schemas.resolve("crds/strimzi-common.yaml").toFile()).path("$defs");
        try (Stream<Path> files = Files.list(schemas.resolve("crds"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("strimzi-common")).toList()) {
                JsonNode schema = Kustomize.YAML.readTree(file.toFile());
                String apiVersion = schema.path("properties").path("apiVersion").path("enum").path(0).asText();
                String kind = schema.path("properties").path("kind").path("enum").path(0).asText();
                crds.put(apiVersion + " " + kind, schema);
            }
        }
    }

    /** The problems of one manifest; empty when it is valid. Fails when no schema is kept for its kind. */
    List<String> validate(JsonNode manifest) {
        String key = manifest.path("apiVersion").asText() + " " + manifest.path("kind").asText();
        JsonSchema schema = compiled.computeIfAbsent(key, this::compile);
        return schema.validate(manifest).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    boolean knows(JsonNode manifest) {
        String apiVersion = manifest.path("apiVersion").asText();
        String key = apiVersion + " " + manifest.path("kind").asText();
        return crds.containsKey(key) || kubernetesDefinitions.has(kubernetesId(apiVersion, manifest.path("kind").asText()));
    }

    private JsonSchema compile(String key) {
        String apiVersion = key.substring(0, key.indexOf(' '));
        String kind = key.substring(key.indexOf(' ') + 1);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode defs = root.putObject("$defs");
        defs.setAll(kubernetesDefinitions.deepCopy());
        strimziCommon.fields().forEachRemaining(e -> defs.set("strimzi." + e.getKey(), e.getValue().deepCopy()));
        JsonNode crd = crds.get(key);
        if (crd != null) {
            root.setAll((ObjectNode) crd.deepCopy());
        } else {
            String id = kubernetesId(apiVersion, kind);
            if (!defs.has(id)) {
                throw new IllegalArgumentException("no schema is kept for " + key + " (deploy/kubernetes/schemas)");
            }
            root.put("$ref", "#/$defs/" + id);
        }
        try {
            String text = JSON.writeValueAsString(root)
                    .replace("\"kubernetes#/$defs/", "\"#/$defs/")
                    .replace("\"strimzi-common#/$defs/", "\"#/$defs/strimzi.");
            ObjectNode schema = (ObjectNode) JSON.readTree(text);
            strict(schema);
            schema.withObject("/$defs").fields().forEachRemaining(e -> strict(e.getValue()));
            return factory.getSchema(schema);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** group/version and kind to the OpenAPI definition name: apps/v1 Deployment -> io.k8s.api.apps.v1.Deployment. */
    static String kubernetesId(String apiVersion, String kind) {
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "core";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return "io.k8s.api." + group.replace(".k8s.io", "") + "." + version + "." + kind;
    }

    /** Walks schema positions only (not the names in a properties map) and closes object schemas. */
    private static void strict(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        schema.remove("nullable");
        schema.remove("format");
        schema.remove("x-kubernetes-int-or-string");
        boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        schema.remove("x-kubernetes-preserve-unknown-fields");
        if (schema.has("properties")) {
            schema.path("properties").forEach(SchemaCatalog::strict);
            if (!schema.has("additionalProperties") && !open) {
                schema.put("additionalProperties", false);
            }
        }
        if (schema.has("additionalProperties")) {
            strict(schema.path("additionalProperties"));
        }
        strict(schema.path("items"));
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.path(combinator) instanceof ArrayNode options) {
                options.forEach(SchemaCatalog::strict);
            }
        }
    }

    Optional<JsonNode> crd(String apiVersion, String kind) {
        return Optional.ofNullable(crds.get(apiVersion + " " + kind));
    }
}
