package org.county.staffing.backbone.problem;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every refusal as RFC 9457 problem details naming the broken rule. Nothing escapes as a bare
 * 500: an unexpected exception is logged and answered with a problem body that says so.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        return ProblemResponses.of(e.status(), e.violations(), path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response validation(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        return ProblemResponses.of(400, ValidationViolations.of(e.getConstraintViolations()), path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonParseException e, UriInfo uri) {
        return ProblemResponses.of(400, "JSON_WELL_FORMED", null, new Reason(
                "the request body is not well-formed JSON: " + e.getOriginalMessage(),
                "请求体不是合法的 JSON：" + e.getOriginalMessage()), path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return ProblemResponses.of(400, "FIELD_KNOWN", jsonPath(e), new Reason(
                "unknown field '" + e.getPropertyName() + "'",
                "未知字段 '" + e.getPropertyName() + "'"), path(uri));
    }

    /** A whole number beyond int or long: a wrong type for the field, not malformed JSON. */
    @ServerExceptionMapper(priority = 1)
    public Response numberOutOfRange(InputCoercionException e, UriInfo uri) {
        return numberOutOfRange(e, parserPath(e), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return wrongType(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return wrongType(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RuleViolation violation) {
            return ruleViolation(violation, uri);
        }
        return ProblemResponses.of(400, "FIELD_VALUE", jsonPath(e), new Reason(
                "invalid value: " + cause.getMessage(), "取值无效：" + cause.getMessage()), path(uri));
    }

    @ServerExceptionMapper(priority = 2)
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        if (e.getCause() instanceof RuleViolation violation) {
            // a rule broken while the body was read (e.g. a control character in a string): at the field's path
            return violation.violations().get(0).field() == null && jsonPath(e) != null
                    ? ProblemResponses.of(violation.status(), violation.rule(), jsonPath(e),
                            violation.violations().get(0).reason(), path(uri))
                    : ruleViolation(violation, uri);
        }
        if (e.getCause() instanceof InputCoercionException overflow) {
            String field = jsonPath(e);
            return numberOutOfRange(overflow, field != null ? field : parserPath(overflow), uri);
        }
        return wrongType(e, uri);
    }

    @ServerExceptionMapper(priority = 3)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(400, "JSON_WELL_FORMED", null, new Reason(
                "the request body could not be read as JSON: " + e.getOriginalMessage(),
                "无法按 JSON 读取请求体：" + e.getOriginalMessage()), path(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(403, "ROLE_REQUIRED", null, new Reason(
                "your role may not do this",
                "您的角色无权执行此操作"), path(uri));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper
    public Response lockAcquisition(LockAcquisitionException e, UriInfo uri) {
        return concurrentChange(uri);
    }

    @ServerExceptionMapper(priority = 5)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return jsonFailure(json, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String rule = switch (status) {
            case 404 -> "RESOURCE_EXISTS";
            case 405 -> "METHOD_ALLOWED";
            case 406 -> "MEDIA_TYPE_ACCEPTABLE";
            case 413 -> "BODY_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "MEDIA_TYPE_SUPPORTED";
            case 401 -> "AUTHENTICATED";
            case 403 -> "ROLE_REQUIRED";
            default -> "REQUEST_VALID";
        };
        String zh = switch (status) {
            case 404 -> "请求的资源不存在";
            case 405 -> "该资源不支持此 HTTP 方法";
            case 406 -> "无法提供所请求的媒体类型";
            case 413 -> "请求体过大";
            case 414 -> "请求 URI 过长";
            case 415 -> "不支持的请求媒体类型，请使用 application/json";
            case 401 -> "需要有效的访问令牌";
            case 403 -> "您的角色无权执行此操作";
            default -> "请求无效";
        };
        String en = e.getMessage() == null ? Problem.title(status) : e.getMessage();
        Response response = ProblemResponses.of(status, rule, null, new Reason(en, zh), path(uri));
        if (status == 401) {
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (e instanceof RuleViolation violation) {
            return ruleViolation(violation, uri);
        }
        LOG.errorf(e, "unexpected failure on %s", path(uri));
        return ProblemResponses.of(500, "INTERNAL_ERROR", null, new Reason(
                "an unexpected error occurred; nothing was changed",
                "发生意外错误，未做任何更改"), path(uri));
    }

    /** A body-reading failure that reached us wrapped (e.g. in a WebApplicationException). */
    private Response jsonFailure(JsonProcessingException json, UriInfo uri) {
        if (json instanceof InputCoercionException overflow) {
            return numberOutOfRange(overflow, uri);
        }
        if (json instanceof UnrecognizedPropertyException unknown) {
            return unrecognizedProperty(unknown, uri);
        }
        if (json instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        return json(json, uri);
    }

    private Response numberOutOfRange(InputCoercionException e, String field, UriInfo uri) {
        Class<?> target = e.getTargetType();
        String range = target == Long.TYPE || target == Long.class
                ? Long.MIN_VALUE + " to " + Long.MAX_VALUE
                : Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        return ProblemResponses.of(400, "FIELD_TYPE", field, new Reason(
                (field == null ? "the body" : "field '" + field + "'") + " must be a whole number from " + range,
                (field == null ? "请求体" : "字段 '" + field + "'") + " 应为 " + range.replace(" to ", " 到 ") + " 之间的整数"),
                path(uri));
    }

    /** Where the parser stood when it failed: {@code items[2].amount}. */
    private static String parserPath(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null || parser.getParsingContext() == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        java.util.Deque<String> steps = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                steps.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                steps.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        steps.forEach(out::append);
        String joined = out.toString();
        return joined.isEmpty() ? null : joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private Response wrongType(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e instanceof MismatchedInputException m && m.getTargetType() != null
                ? describe(m.getTargetType())
                : "another type";
        return ProblemResponses.of(400, "FIELD_TYPE", field, new Reason(
                (field == null ? "the body" : "field '" + field + "'") + " must be " + expected,
                (field == null ? "请求体" : "字段 '" + field + "'") + " 的类型应为" + chineseType(expected)), path(uri));
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(401, "AUTHENTICATED", null, new Reason(
                        "a valid bearer access token is required",
                        "需要有效的 Bearer 访问令牌"), path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response concurrentChange(UriInfo uri) {
        return ProblemResponses.of(409, "NO_CONCURRENT_CHANGE", null, new Reason(
                "the record was changed by someone else at the same time; read it again and retry",
                "该记录同时被他人修改，请重新读取后重试"), path(uri));
    }

    private static String jsonPath(JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        if (refs == null || refs.isEmpty()) {
            return null;
        }
        String joined = refs.stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.toString(constants);
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "a JSON object";
    }

    private static String chineseType(String english) {
        if (english.startsWith("one of ")) {
            return "以下取值之一：" + english.substring("one of ".length());
        }
        return switch (english) {
            case "a whole number" -> "整数";
            case "a number" -> "数字";
            case "true or false" -> "布尔值（true 或 false）";
            case "a string" -> "字符串";
            case "an ISO-8601 date or time" -> "ISO-8601 日期或时间";
            case "an array" -> "数组";
            default -> "JSON 对象";
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
