package org.county.staffing.backbone.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query parameters of enum and UUID types: a value that does not convert is a 400 naming the
 * parameter and the accepted values, not the 404 JAX-RS prescribes for conversion failures (a
 * filter with a typo is a bad request, not a missing resource). Path parameters keep the 404: a
 * malformed id names no resource.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType, name);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new UuidConverter(name);
        }
        return null;
    }

    private static String queryParameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    static WebApplicationException wrongValue(String name, String value, String expectedEn, String expectedZh) {
        return new WebApplicationException(ProblemResponses.of(400, "FIELD_TYPE", name, new Reason(
                "query parameter '" + name + "' must be " + expectedEn + ", not '" + value + "'",
                "查询参数 '" + name + "' 应为" + expectedZh + "，而不是 '" + value + "'"), null));
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.toString(type.getEnumConstants());
                throw wrongValue(name, value, "one of " + allowed, "以下取值之一：" + allowed);
            }
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }

    private record UuidConverter(String name) implements ParamConverter<UUID> {
        @Override
        public UUID fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(value.trim());
            } catch (IllegalArgumentException e) {
                throw wrongValue(name, value, "a UUID", "UUID");
            }
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
