package org.county.staffing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a kustomization the way {@code kustomize build} does, for the subset deploy/kubernetes uses:
 * {@code resources} (files and directories), {@code namespace}, {@code replicas} and {@code patches}
 * given as JSON 6902 operations with a target (group, version, kind, name as a regular expression).
 * Anything else in a kustomization is refused, so the renderer and the files cannot drift apart silently.
 */
final class Kustomize {

    static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "replicas", "patches");
    /** Kinds kustomize's namespace transformer leaves alone (cluster-scoped). */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PersistentVolume");

    private Kustomize() {
    }

    static List<ObjectNode> build(Path directory) throws IOException {
        JsonNode kustomization = YAML.readTree(directory.resolve("kustomization.yaml").toFile());
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(directory + ": kustomization field '" + field + "' is not supported by this renderer");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else {
                objects.addAll(readAll(path));
            }
        }
        for (JsonNode replica : kustomization.path("replicas")) {
            ObjectNode target = find(objects, Set.of("Deployment", "StatefulSet", "ReplicaSet"), replica.path("name").asText());
            ((ObjectNode) target.with("spec")).put("replicas", replica.path("count").asInt());
        }
        for (JsonNode patch : kustomization.path("patches")) {
            JsonNode operations = patch.has("patch") ? YAML.readTree(patch.path("patch").asText())
                    : YAML.readTree(directory.resolve(patch.path("path").asText()).toFile());
            if (!operations.isArray()) {
                throw new IllegalArgumentException(directory + ": only JSON 6902 patches (a list of operations) are supported");
            }
            JsonNode target = patch.path("target");
            int matched = 0;
            for (ObjectNode object : objects) {
                if (matches(target, object)) {
                    JsonPatch.apply(object, (ArrayNode) operations);
                    matched++;
                }
            }
            if (matched == 0) {
                throw new IllegalArgumentException(directory + ": patch target " + target + " matches nothing");
            }
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.path("namespace").asText();
            for (ObjectNode object : objects) {
                if (!CLUSTER_SCOPED.contains(object.path("kind").asText())) {
                    ((ObjectNode) object.with("metadata")).put("namespace", namespace);
                }
            }
        }
        return objects;
    }

    static List<ObjectNode> readAll(Path file) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            var iterator = YAML.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                JsonNode node = iterator.next();
                if (node != null && node.isObject() && !node.isEmpty()) {
                    objects.add((ObjectNode) node);
                }
            }
        }
        return objects;
    }

    private static ObjectNode find(List<ObjectNode> objects, Set<String> kinds, String name) {
        return objects.stream()
                .filter(o -> kinds.contains(o.path("kind").asText()) && name.equals(o.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("replicas: no workload named " + name));
    }

    private static boolean matches(JsonNode target, ObjectNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return (!target.has("group") || target.path("group").asText().equals(group))
                && (!target.has("version") || target.path("version").asText().equals(version))
                && (!target.has("kind") || target.path("kind").asText().equals(object.path("kind").asText()))
                && (!target.has("name") || Pattern.matches(target.path("name").asText(), object.path("metadata").path("name").asText()));
    }

    static ObjectMapper json() {
        return new ObjectMapper();
    }
}
