package org.county.staffing.console.proxy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.county.staffing.console.config.ConsoleConfig;
import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Forwards {@code /api/<service>/...} to the service, so the browser talks to one origin; a service
 * with several instances gets the requests in turn, and one that refuses the connection is passed
 * over for the next. The
 * user's Authorization header goes through unchanged: the services check every role and scope
 * themselves; the console decides nothing.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    /** Hop-by-hop headers (RFC 9110 7.6.1) and those the client connection sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    private static final long MAX_BODY_BYTES = 50L * 1024 * 1024;

    private final ConsoleConfig config;
    /** The next instance of each service, taken in turn (round-robin). */
    private final Map<String, AtomicInteger> turns = new ConcurrentHashMap<>();
    private HttpClient client;

    public ApiProxy(ConsoleConfig config) {
        this.config = config;
    }

    void routes(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(32).setKeepAlive(true)
                .setIdleTimeout((int) config.upstreamTimeout().toSeconds()));
        // the whole body first (requests are small: forms, a CSV import), then one request upstream
        router.route("/api/*").order(-10).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES));
        router.route("/api/*").order(-9).handler(this::forward);
    }

    void forward(RoutingContext ctx) {
        String path = ctx.request().path().substring("/api/".length());
        int slash = path.indexOf('/');
        String service = slash < 0 ? path : path.substring(0, slash);
        ConsoleConfig.Route route = config.routes().get(service);
        if (route == null || service.isEmpty()) {
            problem(ctx, 404, "UNKNOWN_SERVICE", "No service is called '" + service + "'", "没有名为“" + service + "”的服务");
            return;
        }
        String rest = slash < 0 ? "" : path.substring(slash);
        String query = ctx.request().query() == null ? "" : "?" + ctx.request().query();
        List<String> instances = route.url();
        int first = Math.floorMod(turns.computeIfAbsent(service, s -> new AtomicInteger()).getAndIncrement(), instances.size());
        send(ctx, service, route.pathPrefix().orElse("") + rest + query, instances, first, instances.size());
    }

    /**
     * Sends the request to instance {@code at}; when that instance refuses the connection (nothing
     * was sent), to the next one, until {@code left} instances have been tried.
     */
    private void send(RoutingContext ctx, String service, String target, List<String> instances, int at, int left) {
        HttpServerRequest in = ctx.request();
        URI base = URI.create(instances.get(at).trim());
        RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(base.getHost())
                .setPort(base.getPort() < 0 ? 80 : base.getPort()).setURI(target)
                .setIdleTimeout(config.upstreamTimeout().toMillis());
        in.headers().forEach(header -> {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                options.addHeader(header.getKey(), header.getValue());
            }
        });
        options.addHeader("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                LOG.warnf("%s %s -> %s at %s: no connection: %s", in.method(), in.path(), service, base, connected.cause().toString());
                if (left > 1) {
                    send(ctx, service, target, instances, (at + 1) % instances.size(), left - 1);
                } else {
                    unavailable(ctx, service);
                }
                return;
            }
            HttpClientRequest out = connected.result();
            (body == null || body.length() == 0 ? out.send() : out.send(body))
                    .onSuccess(response -> relay(ctx, response))
                    .onFailure(failure -> {
                        // sent, perhaps carried out: not repeated on another instance
                        LOG.warnf("%s %s -> %s at %s failed: %s", in.method(), in.path(), service, base, failure.toString());
                        unavailable(ctx, service);
                    });
        });
    }

    private static void unavailable(RoutingContext ctx, String service) {
        if (!ctx.response().headWritten()) {
            problem(ctx, 502, "UPSTREAM_UNAVAILABLE", service + "-service does not answer; try again shortly",
                    service + "服务暂时无法访问，请稍后重试");
        }
    }

    private static void relay(RoutingContext ctx, HttpClientResponse response) {
        var out = ctx.response().setStatusCode(response.statusCode());
        response.headers().forEach(header -> {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.headers().add(header.getKey(), header.getValue());
            }
        });
        if (response.headers().contains("Content-Length")) {
            out.putHeader("Content-Length", response.getHeader("Content-Length"));
        } else {
            out.setChunked(true);
        }
        response.pipeTo(out);
    }

    /** An RFC 9457 refusal shaped like the services' own (rule, reason in English and Chinese). */
    static void problem(RoutingContext ctx, int status, String rule, String en, String zh) {
        JsonObject body = new JsonObject(Map.of("type", "about:blank", "status", status, "title", en, "detail", en,
                "rule", rule, "reason", new JsonObject(Map.of("en", en, "zh", zh))));
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(Buffer.buffer(body.encode()));
    }
}
