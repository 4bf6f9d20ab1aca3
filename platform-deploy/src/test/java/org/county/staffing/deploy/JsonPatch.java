package org.county.staffing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RFC 6902 add, replace and remove, as kustomize applies them; a path that is not there fails. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode document, ArrayNode operations) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            int slash = path.lastIndexOf('/');
            JsonNode parent = document.at(path.substring(0, slash));
            String last = unescape(path.substring(slash + 1));
            if (parent.isMissingNode()) {
                throw new IllegalArgumentException("patch path " + path + " has no parent in " + name(document));
            }
            switch (op) {
                case "add" -> {
                    if (parent instanceof ArrayNode array) {
                        if (last.equals("-")) {
                            array.add(operation.path("value").deepCopy());
                        } else {
                            array.insert(Integer.parseInt(last), operation.path("value").deepCopy());
                        }
                    } else {
                        ((ObjectNode) parent).set(last, operation.path("value").deepCopy());
                    }
                }
                case "replace" -> {
                    requirePresent(document, parent, last, path);
                    if (parent instanceof ArrayNode array) {
                        array.set(Integer.parseInt(last), operation.path("value").deepCopy());
                    } else {
                        ((ObjectNode) parent).set(last, operation.path("value").deepCopy());
                    }
                }
                case "remove" -> {
                    requirePresent(document, parent, last, path);
                    if (parent instanceof ArrayNode array) {
                        array.remove(Integer.parseInt(last));
                    } else {
                        ((ObjectNode) parent).remove(last);
                    }
                }
                default -> throw new IllegalArgumentException("patch operation " + op + " is not supported");
            }
        }
    }

    private static void requirePresent(ObjectNode document, JsonNode parent, String last, String path) {
        boolean present = parent instanceof ArrayNode array ? Integer.parseInt(last) < array.size() : parent.has(last);
        if (!present) {
            throw new IllegalArgumentException("patch path " + path + " is not in " + name(document));
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    private static String name(ObjectNode document) {
        return document.path("kind").asText() + "/" + document.path("metadata").path("name").asText();
    }
}
