package org.county.staffing.contracts;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A sample payload of a type with every field present, for a new type's golden sample: the
 * compatibility test writes it as a candidate when a type has none (review the values, then
 * commit it under src/test/resources/golden).
 */
final class SampleValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, String> STRINGS = Map.ofEntries(
            Map.entry("countyId", "370683"),
            Map.entry("schoolYear", "2026-2027"),
            Map.entry("pool", "K12"),
            Map.entry("category", "TEACHING"),
            Map.entry("subject", "MATHEMATICS"),
            Map.entry("level", "FIRST"),
            Map.entry("title", "FIRST"),
            Map.entry("gender", "FEMALE"),
            Map.entry("idNumberMasked", "370683********123X"),
            Map.entry("stage", "PRIMARY"),
            Map.entry("location", "RURAL"),
            Map.entry("district", "Xincheng"),
            Map.entry("department", "STAFFING_OFFICE"),
            Map.entry("decision", "APPROVE"),
            Map.entry("form", "SUPPORT_TEACHING"),
            Map.entry("actor", "staffing-office:bianban"),
            Map.entry("reportedBy", "principal:wang"),
            Map.entry("model", "1+N"),
            Map.entry("tier", "WEAK"),
            Map.entry("grade", "EXCELLENT"),
            Map.entry("code", "DIRECTION_STRONG_TO_WEAK"),
            Map.entry("en", "English text"),
            Map.entry("zh", "中文说明"),
            Map.entry("detailZh", "中文说明"),
            Map.entry("rule", "A_RULE"),
            Map.entry("name", "Xincheng No. 1 Primary School"));

    private SampleValues() {
    }

    static ObjectNode of(PayloadSchema schema, int seed) {
        ObjectNode node = JSON.objectNode();
        int i = seed;
        for (PayloadSchema.Field field : schema.fields()) {
            node.set(field.name(), value(field.name(), field.type(), field.nested(), ++i));
        }
        return node;
    }

    private static JsonNode value(String name, String type, PayloadSchema nested, int seed) {
        if (type.endsWith("[]")) {
            ArrayNode array = JSON.arrayNode();
            array.add(value(singular(name), type.substring(0, type.length() - 2), nested, seed));
            return array;
        }
        if (type.startsWith("{")) {
            ObjectNode map = JSON.objectNode();
            map.set("PRIMARY", value(name, type.substring(type.indexOf(": ") + 2, type.length() - 1), nested, seed));
            return map;
        }
        return switch (type) {
            case "uuid" -> JSON.textNode(new UUID(0x5eed_0000_0000_4000L, seed * 0x1000_0001L + 0x8000_0000_0000_0000L).toString());
            case "date" -> JSON.textNode("2027-09-0" + (1 + seed % 9));
            case "timestamp" -> JSON.textNode("2027-07-1" + (seed % 10) + "T08:30:15.123456Z");
            case "int" -> JSON.numberNode(seed);
            case "number" -> JSON.numberNode(new java.math.BigDecimal("18.5"));
            case "boolean" -> JSON.booleanNode(true);
            case "object" -> JSON.objectNode().put("example", seed);
            case "string" -> JSON.textNode(name.endsWith("SchoolId") || name.equals("schoolId") || name.equals("mergedInto")
                    ? "113706830" + seed % 10 : STRINGS.getOrDefault(name, name + " " + seed));
            default -> of(nested, seed * 10);
        };
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
