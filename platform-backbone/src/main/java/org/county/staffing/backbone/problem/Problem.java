package org.county.staffing.backbone.problem;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body. Besides the standard members it names the broken rule, the
 * field, and the reason in English and Chinese; {@code violations} lists every broken rule when
 * there are several.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String rule,
        String field,
        Reason reason,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:county-staffing:problem:";

    public static Problem of(int status, List<Violation> violations, String instance) {
        Violation first = violations.get(0);
        return new Problem(
                TYPE_PREFIX + first.rule().toLowerCase(Locale.ROOT).replace('_', '-'),
                title(status),
                status,
                first.reason().en(),
                instance,
                first.rule(),
                first.field(),
                first.reason(),
                violations);
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "HTTP " + status;
        };
    }
}
