package org.county.staffing.audit.record;

import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The form in which a payload (and every envelope attribute) is stored: ID numbers masked
 * (rule ID_NUMBER_MASKED) in member names, strings and 18-digit integers, and the NUL character,
 * which PostgreSQL text cannot hold, replaced by U+FFFD so that no event is refused for it.
 */
public final class StoredPayload {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigInteger SMALLEST_18_DIGITS = new BigInteger("100000000000000000");
    private static final BigInteger LARGEST_18_DIGITS = new BigInteger("999999999999999999");

    private StoredPayload() {
    }

    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String masked = IdNumberMasking.mask(value);
        return masked.indexOf('\u0000') >= 0 ? masked.replace('\u0000', '\uFFFD') : masked;
    }

    public static JsonNode of(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return NODES.nullNode();
        }
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.set(text(field.getKey()), of(field.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode(node.size());
            node.forEach(element -> out.add(of(element)));
            return out;
        }
        if (node.isTextual()) {
            String stored = text(node.textValue());
            return stored.equals(node.textValue()) ? node : NODES.textNode(stored);
        }
        if (node.isIntegralNumber() && looksLikeIdNumber(node.bigIntegerValue())) {
            // a number-typed ID number becomes its masked text: the type changes, the person stays hidden
            return NODES.textNode(IdNumberMasking.mask(node.bigIntegerValue().toString()));
        }
        return node;
    }

    private static boolean looksLikeIdNumber(BigInteger value) {
        return value.compareTo(SMALLEST_18_DIGITS) >= 0 && value.compareTo(LARGEST_18_DIGITS) <= 0;
    }
}
