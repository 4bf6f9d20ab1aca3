package org.county.staffing.backbone.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/**
 * Strict reading of query and path parameter values, for the converters and for the rare resource
 * that must take a parameter as text. A value is read as written or refused: {@code 1} is not
 * {@code true}, {@code " 5"} is not 5, {@code round} is not {@code ROUND}, an empty value is not
 * "no filter". Every refusal is a {@link RuleViolation} (400) naming the parameter, with rule
 * {@value #QUERY_PARAMETER_TYPE} (or {@value #PATH_PARAMETER_TYPE}), or
 * {@code SCHOOL_YEAR_FORMAT} for a school year. {@code null} (the parameter is absent) stays null.
 */
public final class QueryValues {

    /** A query parameter's value is not of its type. */
    public static final String QUERY_PARAMETER_TYPE = "QUERY_PARAMETER_TYPE";
    /** A path parameter's value is not of its type. */
    public static final String PATH_PARAMETER_TYPE = "PATH_PARAMETER_TYPE";
    /** A school year is written {@code 2026-2027}; the same rule name as in request bodies. */
    public static final String SCHOOL_YEAR_FORMAT = "SCHOOL_YEAR_FORMAT";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private QueryValues() {
    }

    /** Exactly {@code true} or {@code false}. */
    public static Boolean bool(String name, String value) {
        return bool(QUERY_PARAMETER_TYPE, name, value);
    }

    /** Decimal digits (an optional leading minus), within the range of {@code int}. */
    public static Integer integer(String name, String value) {
        return integer(QUERY_PARAMETER_TYPE, name, value);
    }

    /** Decimal digits (an optional leading minus), within the range of {@code long}. */
    public static Long wholeNumber(String name, String value) {
        return wholeNumber(QUERY_PARAMETER_TYPE, name, value);
    }

    /** An ISO date, {@code 2026-09-01}. */
    public static LocalDate date(String name, String value) {
        return date(QUERY_PARAMETER_TYPE, name, value);
    }

    /** A school year, {@code 2026-2027} (rule {@code SCHOOL_YEAR_FORMAT}). */
    public static SchoolYear schoolYear(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return SchoolYear.parse(value);
        } catch (RuleViolation e) {
            throw RuleViolation.badRequest(SCHOOL_YEAR_FORMAT, name, new Reason(
                    "'" + name + "' must be a school year written like 2026-2027 (two consecutive years), not '"
                            + shown(value) + "'",
                    "'" + name + "' 应为学年，格式如 2026-2027（相邻两个年份），而不是 '" + shown(value) + "'"));
        }
    }

    /** The exact name of one of the enum's constants (no trimming, no change of case). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        return enumValue(QUERY_PARAMETER_TYPE, type, name, value);
    }

    /** A UUID in its canonical 8-4-4-4-12 form. */
    public static UUID uuid(String name, String value) {
        return uuid(QUERY_PARAMETER_TYPE, name, value);
    }

    static Boolean bool(String rule, String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw wrongValue(rule, name, value, "true or false", "true 或 false");
        };
    }

    static Integer integer(String rule, String name, String value) {
        Long whole = wholeNumber(rule, name, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return whole == null ? null : whole.intValue();
    }

    static Long wholeNumber(String rule, String name, String value) {
        return wholeNumber(rule, name, value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static Long wholeNumber(String rule, String name, String value, long min, long max) {
        if (value == null) {
            return null;
        }
        String en = "a whole number from " + min + " to " + max + " written in decimal digits";
        String zh = "以十进制数字书写、介于 " + min + " 与 " + max + " 之间的整数";
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw wrongValue(rule, name, value, en, zh);
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw wrongValue(rule, name, value, en, zh);
        }
        if (parsed < min || parsed > max) {
            throw wrongValue(rule, name, value, en, zh);
        }
        return parsed;
    }

    static LocalDate date(String rule, String name, String value) {
        if (value == null) {
            return null;
        }
        if (DATE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                // 2026-02-30 has the form but names no day
            }
        }
        throw wrongValue(rule, name, value, "an ISO date like 2026-09-01", "ISO 日期，如 2026-09-01");
    }

    static <E extends Enum<E>> E enumValue(String rule, Class<E> type, String name, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.toString(type.getEnumConstants());
        throw wrongValue(rule, name, value, "one of " + allowed, "以下取值之一：" + allowed);
    }

    static UUID uuid(String rule, String name, String value) {
        if (value == null) {
            return null;
        }
        if (!UUID_FORM.matcher(value).matches()) {
            throw wrongValue(rule, name, value, "a UUID like 3f2b8c1e-0d4a-4b7e-9a51-2c6d8e0f1a23",
                    "UUID，如 3f2b8c1e-0d4a-4b7e-9a51-2c6d8e0f1a23");
        }
        return UUID.fromString(value);
    }

    static RuleViolation wrongValue(String rule, String name, String value, String expectedEn, String expectedZh) {
        String what = PATH_PARAMETER_TYPE.equals(rule) ? "path parameter" : "query parameter";
        String whatZh = PATH_PARAMETER_TYPE.equals(rule) ? "路径参数" : "查询参数";
        return RuleViolation.badRequest(rule, name, new Reason(
                what + " '" + name + "' must be " + expectedEn + ", not '" + shown(value) + "'",
                whatZh + " '" + name + "' 应为" + expectedZh + "，而不是 '" + shown(value) + "'"));
    }

    /** The refused value as it may be echoed: short, and without control characters. */
    static String shown(String value) {
        String cut = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
