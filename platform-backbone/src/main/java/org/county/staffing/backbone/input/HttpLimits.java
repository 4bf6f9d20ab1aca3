package org.county.staffing.backbone.input;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.county.staffing.backbone.problem.Problem;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Requests refused for their size before any resource runs, answered as problem+json like every
 * other refusal (Vert.x itself would answer 413 and 414 with an empty body):
 * <ul>
 * <li>{@value #URI_TOO_LONG} (414): a request target longer than {@code platform.http.max-uri-length}
 * characters (8,192 by default). The HTTP decoder's own limit
 * ({@code quarkus.http.limits.max-initial-line-length}) is set far above it, so that this check is
 * the one that answers;</li>
 * <li>{@value #BODY_TOO_LARGE} (413): a {@code Content-Length} above
 * {@code quarkus.http.limits.max-body-size}, answered before the body is read. A chunked body
 * without a length that grows past the limit is cut off by Quarkus itself.</li>
 * </ul>
 */
@Singleton
public class HttpLimits {

    public static final String URI_TOO_LONG = "URI_TOO_LONG";
    public static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";

    /** Before every other route, Quarkus' own body-size check included. */
    static final int ORDER = Integer.MIN_VALUE + 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "platform.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri != null && uri.length() > maxUriLength) {
            refuse(context, 414, URI_TOO_LONG, new Reason(
                    "the request URI is " + uri.length() + " characters long; at most " + maxUriLength + " are accepted",
                    "请求 URI 长 " + uri.length() + " 个字符，最多接受 " + maxUriLength + " 个"), null);
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                context.next();
                return;
            }
            long limit = maxBodySize.asLongValue();
            if (declared > limit) {
                refuse(context, 413, BODY_TOO_LARGE, new Reason(
                        "the request body is " + declared + " bytes; at most " + limit + " are accepted",
                        "请求体为 " + declared + " 字节，最多接受 " + limit + " 字节"), context.request().path());
                return;
            }
        }
        context.next();
    }

    private static void refuse(RoutingContext context, int status, String rule, Reason reason, String instance) {
        String body;
        try {
            body = JSON.writeValueAsString(Problem.of(status, List.of(new Violation(null, rule, reason)),
                    instance == null ? null : instance.replaceAll("\\p{Cntrl}", "?")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the body (if any) is not read: close the connection rather than drain it
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
