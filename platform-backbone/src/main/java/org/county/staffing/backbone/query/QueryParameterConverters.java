package org.county.staffing.backbone.query;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.ProblemResponses;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/**
 * Query and path parameters of every service are read strictly (see {@link QueryValues}): booleans,
 * whole numbers, ISO dates, school years, enums and UUIDs. A value that does not convert is a 400
 * problem naming the parameter ({@code QUERY_PARAMETER_TYPE}, {@code PATH_PARAMETER_TYPE} or
 * {@code SCHOOL_YEAR_FORMAT}), not the 404 JAX-RS prescribes for conversion failures: a filter with
 * a typo is a bad request, not a missing resource. {@code @Min}/{@code @Max} on a whole-number
 * parameter are checked here too, with the rule the constraint's message names
 * ({@code PAGING_RANGE: ...|...}), so that a range is enforced without {@code @Valid}.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    private static final Pattern NAMED = Pattern.compile("([A-Z][A-Z0-9_]+): (.+)\\|(.+)", Pattern.DOTALL);

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        String rule = null;
        Min min = null;
        Max max = null;
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                name = query.value();
                rule = QueryValues.QUERY_PARAMETER_TYPE;
            } else if (annotation instanceof PathParam path) {
                name = path.value();
                rule = QueryValues.PATH_PARAMETER_TYPE;
            } else if (annotation instanceof Min m) {
                min = m;
            } else if (annotation instanceof Max m) {
                max = m;
            }
        }
        if (name == null) {
            return null;
        }
        String n = name;
        String r = rule;
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new Strict<>(v -> QueryValues.bool(r, n, v), null);
        }
        if (rawType == boolean.class) {
            // an absent primitive arrives as "0"; a "0" the client wrote is refused by SentQueryValues
            return (ParamConverter<T>) new Strict<>(v -> "0".equals(v) ? Boolean.FALSE : QueryValues.bool(r, n, v),
                    Boolean.FALSE);
        }
        if (rawType == Integer.class || rawType == int.class) {
            Range range = new Range(n, min, max);
            return (ParamConverter<T>) new Strict<>(v -> range.check(QueryValues.integer(r, n, v)),
                    rawType == int.class ? 0 : null);
        }
        if (rawType == Long.class || rawType == long.class) {
            Range range = new Range(n, min, max);
            return (ParamConverter<T>) new Strict<>(v -> range.check(QueryValues.wholeNumber(r, n, v)),
                    rawType == long.class ? 0L : null);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Strict<>(v -> QueryValues.date(r, n, v), null);
        }
        if (rawType == SchoolYear.class) {
            return (ParamConverter<T>) new Strict<>(v -> QueryValues.schoolYear(n, v), null);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Strict<>(v -> QueryValues.uuid(r, n, v), null);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Strict<>(v -> QueryValues.enumValue(r, (Class) type, n, v), null);
        }
        return null;
    }

    /** Converts with {@code parse}; a refusal leaves as a 400 problem response. */
    private record Strict<T>(Function<String, T> parse, T absent) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return absent;
            }
            try {
                return parse.apply(value);
            } catch (RuleViolation e) {
                throw new WebApplicationException(e, ProblemResponses.of(e.status(), e.violations(), null));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }

    /** The bounds of {@code @Min}/{@code @Max} on the parameter, with the rule their message names. */
    private record Range(String name, Min min, Max max) {
        <N extends Number> N check(N value) {
            if (value == null) {
                return null;
            }
            if (min != null && value.longValue() < min.value()) {
                throw outOfRange(min.message(), "at least " + min.value(), "大于或等于 " + min.value(), value);
            }
            if (max != null && value.longValue() > max.value()) {
                throw outOfRange(max.message(), "at most " + max.value(), "小于或等于 " + max.value(), value);
            }
            return value;
        }

        private RuleViolation outOfRange(String message, String en, String zh, Number value) {
            Matcher named = NAMED.matcher(message);
            if (named.matches()) {
                return RuleViolation.badRequest(named.group(1), name, new Reason(
                        named.group(2).trim() + " (not " + value + ")", named.group(3).trim() + "（而不是 " + value + "）"));
            }
            return RuleViolation.badRequest("QUERY_PARAMETER_RANGE", name, new Reason(
                    "'" + name + "' must be " + en + ", not " + value,
                    "'" + name + "' 必须" + zh + "，而不是 " + value));
        }
    }
}
