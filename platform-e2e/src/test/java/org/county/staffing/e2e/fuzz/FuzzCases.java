package org.county.staffing.e2e.fuzz;

import static org.county.staffing.e2e.fuzz.OpenApiOperations.nullable;
import static org.county.staffing.e2e.fuzz.OpenApiOperations.required;
import static org.county.staffing.e2e.fuzz.OpenApiOperations.type;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.county.staffing.e2e.fuzz.OpenApiOperations.Operation;
import org.county.staffing.e2e.fuzz.OpenApiOperations.Param;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The hostile requests for one operation, generated from its schema: per path and query parameter
 * and per body field, malformed JSON, an empty body, each field missing, each wrong JSON type,
 * 100,000-character strings, control characters, unicode from the supplementary planes and
 * right-to-left marks, numbers at and beyond their bounds, dates in wrong shapes, unknown enum
 * values, path values with {@code ../}, quotes and percent-encodings, and wrong content types.
 *
 * <p>Every case that carries a body is built so that the service must refuse it: a value the
 * schema allows (a free text in RTL script, -1 where no minimum is declared) travels in a body
 * that lacks another required field. So nothing a case sends may be written, and the suite can
 * check that no table changed.
 */
final class FuzzCases {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int HUGE = 100_000;
    static final String HUGE_STRING = "长".repeat(HUGE);
    private static final String UNICODE = "\uD840\uDC00\uD83D\uDE00\u202Eabc\u200F\u05D0";
    private static final String NO_SUCH_ID = "1999999999";
    /** A national ID number of someone born 1990-01-01 with its GB 11643 check digit. */
    static final String VALID_ID_NUMBER = withCheckDigit("11010519900101123");

    /**
     * One request and what it must get.
     *
     * @param mustRefuse the input is invalid by the operation's schema (or the platform's rules): only a 4xx will do
     * @param field      the parameter or body field a 400 must name, or null
     */
    record FuzzCase(Operation operation, String what, String field, boolean mustRefuse, String target, String contentType,
                    String body) {

        /** The request, abbreviated where a value is huge, as one replayable line. */
        String describe() {
            return operation.method() + " " + abbreviate(target) + (contentType == null ? "" : " [" + contentType + "] ")
                    + (body == null ? "" : abbreviate(body));
        }
    }

    private final Random random;

    FuzzCases(long seed) {
        this.random = new Random(seed);
    }

    List<FuzzCase> of(Operation op) {
        List<FuzzCase> cases = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (Param p : op.params()) {
            if (p.in().equals("path")) {
                path.put(p.name(), encode(baseValue(p.name(), p.schema(), true)));
            } else if (p.required()) {
                query.put(p.name(), encode(baseValue(p.name(), p.schema(), true)));
            }
        }
        JsonNode body = op.hasBody() ? example(op.body(), "", 0) : null;
        String bodyText = body == null ? null : body.toString();
        String json = body == null ? null : "application/json";
        boolean writes = !op.method().equals("GET");

        for (Param p : op.params()) {
            for (Value v : paramValues(p)) {
                if (writes && !v.invalid() && !p.in().equals("path")) {
                    continue; // a valid query value on a write would write
                }
                Map<String, String> pathValues = new LinkedHashMap<>(path);
                Map<String, String> queryValues = new LinkedHashMap<>(query);
                (p.in().equals("path") ? pathValues : queryValues).put(p.name(), v.raw());
                // a path value never names an existing record: every one of them must be refused
                boolean mustRefuse = v.invalid() || p.in().equals("path");
                // a 400 must name the parameter only when its own value is what the schema forbids: a value the
                // schema allows may be refused for another reason (a period both ends of which are needed)
                cases.add(new FuzzCase(op, p.in() + " " + p.name() + " = " + v.what(), v.invalid() ? p.name() : null, mustRefuse,
                        target(op.path(), pathValues, queryValues), json, bodyText));
            }
        }
        if (body == null) {
            return cases;
        }
        String target = target(op.path(), path, query);
        for (String[] broken : new String[][] {{"{\"a\":", "JSON cut short"}, {"{'a': 1}", "single quotes"},
                {"{} x", "trailing garbage"}, {"[", "an open array"}, {"{\"a\": 1,}", "a trailing comma"}}) {
            cases.add(new FuzzCase(op, "malformed JSON: " + broken[1], null, true, target, json, broken[0]));
        }
        if (op.bodyRequired()) {
            cases.add(new FuzzCase(op, "empty body", null, true, target, json, ""));
            cases.add(new FuzzCase(op, "JSON null as body", null, true, target, json, "null"));
        }
        cases.add(new FuzzCase(op, "wrong content type text/plain", null, true, target, "text/plain", bodyText));
        cases.add(new FuzzCase(op, "wrong content type application/xml", null, true, target, "application/xml", "<a>1</a>"));
        cases.add(new FuzzCase(op, "wrong content type form", null, true, target, "application/x-www-form-urlencoded", "a=1"));
        String rootType = type(op.body());
        for (String[] wrong : new String[][] {{"[]", "array"}, {"\"x\"", "string"}, {"1", "number"}, {"{}", "object"}}) {
            if (!wrong[1].equals(rootType)) {
                cases.add(new FuzzCase(op, "body of JSON type " + wrong[1], null, true, target, json, wrong[0]));
            }
        }
        if (body.isObject()) {
            fieldCases(op, (ObjectNode) body, op.body(), "", target, cases);
        }
        return cases;
    }

    /** Cases for every property of an object schema (and of nested objects), each with the rest of the body kept. */
    private void fieldCases(Operation op, ObjectNode root, JsonNode schema, String prefix, String target, List<FuzzCase> cases) {
        List<String> requiredHere = new ArrayList<>(required(schema));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            String field = prefix + name;
            JsonNode fieldSchema = property.getValue();
            boolean isRequired = requiredHere.contains(name);
            // the other required field that a body carrying a value the schema allows goes without
            String other = prefix.isEmpty() ? requiredHere.stream().filter(r -> !r.equals(name)).findFirst().orElse(null) : null;
            if (isRequired) {
                cases.add(bodyCase(op, target, root, field, null, true, "missing", field));
                if (!nullable(fieldSchema)) {
                    cases.add(bodyCase(op, target, root, field, JsonNodeFactory.instance.nullNode(), false, "null", field));
                }
            }
            for (Value v : bodyValues(name, fieldSchema)) {
                if (v.invalid()) {
                    cases.add(bodyCase(op, target, root, field, v.json(), false, v.what(), field));
                } else if (other != null) {
                    ObjectNode without = root.deepCopy();
                    without.remove(other);
                    cases.add(bodyCase(op, target, without, field, v.json(), false, v.what() + " (without " + other + ")", other));
                }
            }
            if (type(fieldSchema).equals("object") && fieldSchema.has("properties") && prefix.isEmpty()) {
                fieldCases(op, root, fieldSchema, field + ".", target, cases);
            }
        }
    }

    private FuzzCase bodyCase(Operation op, String target, ObjectNode root, String field, JsonNode value, boolean remove,
                              String what, String named) {
        ObjectNode body = root.deepCopy();
        String[] parts = field.split("\\.");
        ObjectNode parent = body;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.path(parts[i]);
            if (!child.isObject()) {
                child = parent.putObject(parts[i]);
            }
            parent = (ObjectNode) child;
        }
        if (remove) {
            parent.remove(parts[parts.length - 1]);
        } else {
            parent.set(parts[parts.length - 1], value);
        }
        return new FuzzCase(op, "field " + field + ": " + what, named, true, target, "application/json", body.toString());
    }

    /** A value and whether the schema (or the platform's rules, for control characters) makes it invalid. */
    record Value(String what, JsonNode json, String raw, boolean invalid) {
    }

    private static Value json(String what, JsonNode value, boolean invalid) {
        return new Value(what, value, null, invalid);
    }

    private static Value text(String what, String value, boolean invalid) {
        return new Value(what, JsonNodeFactory.instance.textNode(value), null, invalid);
    }

    private static Value number(String what, String literal, boolean invalid) {
        try {
            return new Value(what, JSON.readTree(literal), null, invalid);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Value> bodyValues(String name, JsonNode schema) {
        String type = type(schema);
        List<Value> values = new ArrayList<>();
        JsonNodeFactory f = JsonNodeFactory.instance;
        // each wrong JSON type
        if (!type.equals("string")) {
            values.add(text("a string", "7", true));
        }
        if (!type.equals("number") && !type.equals("integer")) {
            values.add(json("a number", f.numberNode(7), true));
        }
        if (!type.equals("number")) {
            values.add(json("a fraction", f.numberNode(12.5), true));
        }
        if (!type.equals("boolean")) {
            values.add(json("a boolean", f.booleanNode(true), true));
        }
        if (!type.equals("array")) {
            values.add(json("an array", f.arrayNode().add("x"), true));
        }
        if (!type.equals("object")) {
            values.add(json("an object", f.objectNode().put("x", 1), true));
        }
        switch (type) {
            case "string" -> values.addAll(stringValues(name, schema));
            case "integer", "number" -> values.addAll(numberValues(schema, true));
            case "array" -> {
                JsonNode items = schema.path("items");
                if (constrained(items)) {
                    for (Value item : bodyValues(name, items)) {
                        if (item.invalid()) {
                            values.add(json("an item that is " + item.what(), f.arrayNode().add(item.json()), true));
                        }
                    }
                }
                values.add(json("a null item", f.arrayNode().addNull(), constrained(items) || type(items).equals("object")));
            }
            default -> {
            }
        }
        return values;
    }

    private static boolean constrained(JsonNode schema) {
        return schema.has("enum") || schema.has("format") || schema.has("pattern") || !type(schema).equals("string");
    }

    private List<Value> stringValues(String name, JsonNode schema) {
        List<Value> values = new ArrayList<>();
        values.add(text("a NUL character", "a\u0000b", true));
        values.add(text("a control character U+0001", "a\u0001b", true));
        values.add(text("an escape character U+001B", "\u001B[31m", true));
        values.add(text("100,000 characters", HUGE_STRING, !allows(name, schema, HUGE_STRING)));
        values.add(text("supplementary-plane and right-to-left characters", UNICODE, !allows(name, schema, UNICODE)));
        values.add(text("an empty string", "", !allows(name, schema, "")));
        String quotes = "' OR '1'='1\"; --";
        values.add(text("quotes and SQL", quotes, !allows(name, schema, quotes)));
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            for (String d : List.of("2026/09/01", "20260901", "2026-9-1", "2026-02-30", "01-09-2026", "2026-09-01T00:00:00Z", "NaN")) {
                values.add(text("the date " + d, d, true));
            }
            values.add(json("a date as a number", JsonNodeFactory.instance.numberNode(20260901), true));
        } else if (format.equals("date-time")) {
            for (String d : List.of("2026-09-01", "2026-09-01 08:00", "yesterday", "2026-13-01T00:00:00Z")) {
                values.add(text("the instant " + d, d, true));
            }
            values.add(json("an instant as a number", JsonNodeFactory.instance.numberNode(1788220800L), true));
        } else if (format.equals("uuid")) {
            values.add(text("not a UUID", "not-a-uuid", true));
            values.add(text("a UUID with a bad digit", "00000000-0000-0000-0000-00000000000g", true));
        }
        if (schema.has("enum")) {
            values.add(text("an unknown enum value", "NOT_A_VALUE", true));
            String first = schema.path("enum").path(0).asText();
            if (!first.toLowerCase(Locale.ROOT).equals(first)) {
                values.add(text("an enum value in lower case", first.toLowerCase(Locale.ROOT), true));
            }
            values.add(text("an enum value with spaces", " " + first + " ", true));
        }
        if (name.toLowerCase(Locale.ROOT).contains("schoolyear")) {
            values.add(text("a school year of two years", "2026-2028", true));
            values.add(text("a bare year", "2026", true));
        }
        return values;
    }

    private static List<Value> numberValues(JsonNode schema, boolean asJson) {
        boolean integer = type(schema).equals("integer");
        boolean int32 = integer && !"int64".equals(schema.path("format").asText());
        double minimum = schema.has("minimum") ? schema.path("minimum").asDouble() : Double.NEGATIVE_INFINITY;
        double maximum = schema.has("maximum") ? schema.path("maximum").asDouble() : Double.POSITIVE_INFINITY;
        if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
            minimum = Math.nextUp(schema.get("exclusiveMinimum").asDouble());
        }
        if (schema.has("exclusiveMaximum") && schema.get("exclusiveMaximum").isNumber()) {
            maximum = Math.nextDown(schema.get("exclusiveMaximum").asDouble());
        }
        List<Value> values = new ArrayList<>();
        for (String literal : List.of("-1", "0", "2147483648", "1e18", "9223372036854775808")) {
            double v = Double.parseDouble(literal);
            boolean beyondType = int32 && v > Integer.MAX_VALUE || integer && (literal.contains("e") || v > Long.MAX_VALUE);
            boolean invalid = v < minimum || v > maximum || beyondType;
            values.add(asJson ? number("the number " + literal, literal, invalid) : new Value("the number " + literal, null, literal, invalid));
        }
        values.add(asJson ? text("\"NaN\"", "NaN", true) : new Value("NaN", null, "NaN", true));
        if (integer) {
            values.add(asJson ? number("the fraction 1.5", "1.5", true) : new Value("1.5", null, "1.5", true));
        }
        return values;
    }

    /**
     * Whether the schema allows the text as a string value: its enum, length, pattern (found anywhere, as JSON
     * Schema reads it), format (date, date-time, uuid), and a school year written {@code 2026-2027} where the
     * name says it is one (the services' rule {@code SCHOOL_YEAR_FORMAT}).
     */
    static boolean allows(String name, JsonNode schema, String text) {
        String type = type(schema);
        if (!type.isEmpty() && !type.equals("string")) {
            return false;
        }
        if (schema.has("enum")) {
            for (JsonNode value : schema.path("enum")) {
                if (value.asText().equals(text)) {
                    return true;
                }
            }
            return false;
        }
        int length = text.codePointCount(0, text.length());
        if (length < schema.path("minLength").asInt(0) || length > schema.path("maxLength").asInt(Integer.MAX_VALUE)) {
            return false;
        }
        if (schema.has("pattern")) {
            try {
                if (!Pattern.compile(schema.path("pattern").asText()).matcher(text).find()) {
                    return false;
                }
            } catch (PatternSyntaxException e) {
                // a pattern Java cannot read: no claim either way, count the value as allowed
            }
        }
        try {
            switch (schema.path("format").asText()) {
                case "date" -> LocalDate.parse(text, DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
                case "date-time" -> OffsetDateTime.parse(text);
                case "uuid" -> {
                    if (!text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                        return false;
                    }
                }
                default -> {
                }
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        if (name.toLowerCase(Locale.ROOT).contains("schoolyear")) {
            java.util.regex.Matcher year = Pattern.compile("([0-9]{4})-([0-9]{4})").matcher(text);
            return year.matches() && Integer.parseInt(year.group(2)) == Integer.parseInt(year.group(1)) + 1;
        }
        return true;
    }

    /** Whether the schema of a path or query parameter allows the (decoded) value. */
    static boolean allowsParam(Param p, String text) {
        JsonNode schema = p.schema();
        if (type(schema).equals("array")) {
            schema = schema.path("items");
        }
        switch (type(schema)) {
            case "integer" -> {
                if (!text.matches("-?[0-9]{1,19}")) {
                    return false;
                }
                try {
                    long v = Long.parseLong(text);
                    boolean int32 = !"int64".equals(schema.path("format").asText());
                    return !(int32 && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE))
                            && v >= schema.path("minimum").asDouble(Double.NEGATIVE_INFINITY)
                            && v <= schema.path("maximum").asDouble(Double.POSITIVE_INFINITY);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            case "number" -> {
                try {
                    double v = Double.parseDouble(text);
                    return !Double.isNaN(v) && v >= schema.path("minimum").asDouble(Double.NEGATIVE_INFINITY)
                            && v <= schema.path("maximum").asDouble(Double.POSITIVE_INFINITY);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            case "boolean" -> {
                return text.equals("true") || text.equals("false");
            }
            default -> {
                return allows(p.name(), schema, text);
            }
        }
    }

    private static Value param(Param p, String what, String raw) {
        return new Value(what, null, raw, !allowsParam(p, URLDecoder.decode(raw, StandardCharsets.UTF_8)));
    }

    /** Path and query values, already as they go into the URI. */
    List<Value> paramValues(Param p) {
        String type = type(p.schema());
        String format = p.schema().path("format").asText();
        List<Value> values = new ArrayList<>();
        values.add(new Value("a NUL character", null, "a%00b", true));
        values.add(new Value("a control character U+0001", null, "a%01b", true));
        values.add(param(p, "../ (encoded)", "..%2F..%2Fq%2Fopenapi"));
        values.add(param(p, "../ (dots encoded)", "%2E%2E%2F%2E%2E%2F"));
        values.add(param(p, "quotes", "%27%22%20OR%201%3D1"));
        values.add(param(p, "a double percent-encoding", "%252F%2500"));
        values.add(param(p, "supplementary-plane and right-to-left characters", encode(UNICODE)));
        values.add(new Value("100,000 characters", null, "a".repeat(HUGE), true));
        if (type.equals("integer") || type.equals("number")) {
            values.addAll(numberValues(p.schema(), false));
            values.add(new Value("a word", null, "many", true));
        } else if (type.equals("boolean")) {
            for (String b : List.of("maybe", "1", "yes", "TRUE", "")) {
                values.add(new Value("the boolean '" + b + "'", null, b, true));
            }
        } else {
            if (format.equals("date")) {
                for (String d : List.of("2026%2F09%2F01", "20260901", "2026-02-30", "NaN")) {
                    values.add(new Value("the date " + d, null, d, true));
                }
            }
            if (format.equals("uuid")) {
                values.add(new Value("not a UUID", null, "not-a-uuid", true));
            }
            if (p.schema().has("enum")) {
                values.add(new Value("an unknown enum value", null, "NOT_A_VALUE", true));
                values.add(new Value("an enum value in lower case", null,
                        encode(p.schema().path("enum").path(0).asText().toLowerCase(Locale.ROOT)), true));
            }
            if (p.name().toLowerCase(Locale.ROOT).contains("schoolyear")) {
                values.add(new Value("a school year of two years", null, "2026-2028", true));
                values.add(new Value("a bare year", null, "2026", true));
            }
            values.add(param(p, "-1", "-1"));
            values.add(param(p, "2^31", "2147483648"));
        }
        return values;
    }

    /** A value for a parameter or field that names no existing record (a fresh UUID, an unused school code). */
    String baseValue(String name, JsonNode schema, boolean param) {
        JsonNode example = example(schema, name, 0);
        return example.isTextual() ? example.asText() : example.toString();
    }

    JsonNode example(JsonNode schema, String name, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("enum") && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("schoolyear")) {
            // whatever type a document gives it, a school year travels as 2026-2027 (rule SCHOOL_YEAR_FORMAT)
            return JsonNodeFactory.instance.textNode("2026-2027");
        }
        switch (type(schema)) {
            case "string" -> {
                String format = schema.path("format").asText();
                if (format.equals("date")) {
                    return f.textNode(lower.contains("birth") ? "1990-01-01" : "2026-09-01");
                }
                if (format.equals("date-time")) {
                    return f.textNode("2026-09-01T08:00:00Z");
                }
                if (format.equals("uuid")) {
                    return f.textNode(new UUID(random.nextLong(), random.nextLong()).toString());
                }
                if (lower.contains("schoolyear") || lower.equals("year")) {
                    return f.textNode("2026-2027");
                }
                // school ids are 10-digit codes; other ids are UUIDs: a base value of the right shape that names nothing
                if (lower.contains("school") && (lower.endsWith("id") || lower.endsWith("ids")) || lower.equals("id")) {
                    return f.textNode(NO_SUCH_ID);
                }
                // every other field of a body valid, so that a refusal is about the field a case changes
                if (lower.equals("subject") || lower.equals("subjects")) {
                    return f.textNode("MATHEMATICS");
                }
                if (lower.equals("idnumber")) {
                    return f.textNode(VALID_ID_NUMBER);
                }
                if (lower.endsWith("id")) {
                    return f.textNode(new UUID(random.nextLong(), random.nextLong()).toString());
                }
                return f.textNode("fuzz");
            }
            case "integer", "number" -> {
                double min = schema.path("minimum").asDouble(1);
                double max = schema.path("maximum").asDouble(Double.MAX_VALUE);
                long v = (long) Math.max(min, Math.min(1, max));
                return f.numberNode(Math.max(v, (long) Math.ceil(min)));
            }
            case "boolean" -> {
                return f.booleanNode(false);
            }
            case "array" -> {
                ArrayNode array = f.arrayNode();
                if (depth < 4) {
                    array.add(example(schema.path("items"), name, depth + 1));
                }
                return array;
            }
            case "object" -> {
                ObjectNode object = f.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(e -> object.set(e.getKey(), example(e.getValue(), e.getKey(), depth + 1)));
                }
                return object;
            }
            default -> {
                return f.textNode("fuzz");
            }
        }
    }

    static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    static String target(String template, Map<String, String> path, Map<String, String> query) {
        String target = template;
        for (Map.Entry<String, String> e : path.entrySet()) {
            target = target.replace("{" + e.getKey() + "}", e.getValue());
        }
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v));
        return target + q;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String text) {
        String shown = text.replace("a".repeat(HUGE), "a×" + HUGE).replace(HUGE_STRING, "长×" + HUGE);
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || c == 0x202E || c == 0x200F || c == 0xFEFF) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.length() > 600 ? out.substring(0, 600) + "…" : out.toString();
    }
}
