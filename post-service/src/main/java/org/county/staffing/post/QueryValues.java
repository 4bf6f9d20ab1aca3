package org.county.staffing.post;

import java.util.Arrays;
import java.util.Locale;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/**
 * Query parameters are read as text and converted here: an unknown value is a 400 naming the
 * parameter (JAX-RS would answer a failed conversion with a bare 404).
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** Rule FIELD_TYPE, as for a JSON body: the value is one of the enum's constants. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.toString(type.getEnumConstants());
            throw RuleViolation.badRequest("FIELD_TYPE", field, new Reason(
                    "field '" + field + "' must be one of " + allowed + ", not '" + value + "'",
                    "字段 '" + field + "' 的类型应为以下取值之一：" + allowed + "，而不是 '" + value + "'"));
        }
    }

    /** Rule FIELD_TYPE: {@code true} or {@code false}; absent is false. */
    public static boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw RuleViolation.badRequest("FIELD_TYPE", field, new Reason(
                    "field '" + field + "' must be true or false, not '" + value + "'",
                    "字段 '" + field + "' 的类型应为布尔值（true 或 false），而不是 '" + value + "'"));
        };
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
