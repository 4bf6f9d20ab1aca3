package org.county.staffing.infra.demo;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.county.staffing.infra.demo.Endpoints.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The services' REST APIs as a department's user calls them: JSON over HTTP/1.1 with a real
 * bearer token. A service that does not accept connections (restarting) or answers 502/503 is
 * tried again for a while; a request the server refused to take is safe to repeat. Every other
 * answer is returned as it is, and counted.
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final Endpoints endpoints;
    private final HttpClient http;
    private final Tokens tokens;
    private final Duration unavailableFor;
    private final AtomicLong requests = new AtomicLong();
    private final Map<Service, AtomicLong> perService = new EnumMap<>(Service.class);
    private final AtomicLong serverErrors = new AtomicLong();

    /** An answer: its status, its JSON body ({@link MissingNode} when there is none) and its content type. */
    public record Reply(int status, JsonNode body, String contentType, String text) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        /** The rule a refusal names ({@code rule}, else the first violation's). */
        public String rule() {
            if (body.hasNonNull("rule")) {
                return body.get("rule").asText();
            }
            return body.path("violations").path(0).path("rule").asText(null);
        }
    }

    /** A request answered otherwise than expected: says which, and what the service said. */
    public static final class ApiException extends RuntimeException {
        private final Reply reply;

        ApiException(String message, Reply reply) {
            super(message);
            this.reply = reply;
        }

        public Reply reply() {
            return reply;
        }

        public int status() {
            return reply.status();
        }
    }

    public Api(Endpoints endpoints, String password) {
        this(endpoints, password, Duration.ofSeconds(180));
    }

    public Api(Endpoints endpoints, String password, Duration unavailableFor) {
        this.endpoints = endpoints;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.tokens = new Tokens(http, endpoints.issuer(), password);
        this.unavailableFor = unavailableFor;
        for (Service s : Service.values()) {
            perService.put(s, new AtomicLong());
        }
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    public HttpClient http() {
        return http;
    }

    public Tokens tokens() {
        return tokens;
    }

    public long requests() {
        return requests.get();
    }

    public Map<Service, Long> requestsPerService() {
        Map<Service, Long> counts = new EnumMap<>(Service.class);
        perService.forEach((s, n) -> counts.put(s, n.get()));
        return counts;
    }

    /** Answers 500 and above received so far (retried 502/503 included). */
    public long serverErrors() {
        return serverErrors.get();
    }

    // --- the calls

    public Reply call(Service service, String method, String path, String user, Object body) {
        String text = body == null ? null : body instanceof String s ? s : write(body);
        String type = body == null ? null : body instanceof String ? "text/csv; charset=UTF-8" : "application/json";
        return raw(service, method, path, user, text, type);
    }

    /** A request with the given body text and content type, as it is (for malformed and hostile requests too). */
    public Reply raw(Service service, String method, String path, String user, String body, String contentType) {
        URI uri = URI.create(endpoints.url(service) + path);
        long deadline = System.nanoTime() + unavailableFor.toNanos();
        boolean renewed = false;
        while (true) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                    .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.5");
            if (user != null) {
                builder.header("Authorization", "Bearer " + tokens.token(user));
            }
            if (body != null) {
                builder.header("Content-Type", contentType);
                builder.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            } else {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                requests.incrementAndGet();
                perService.get(service).incrementAndGet();
                HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status >= 500) {
                    serverErrors.incrementAndGet();
                }
                if ((status == 502 || status == 503) && System.nanoTime() < deadline) {
                    sleep(1000);
                    continue;
                }
                if (status == 401 && user != null && !renewed) {
                    tokens.forget(user);
                    renewed = true;
                    continue;
                }
                String contentTypeHeader = response.headers().firstValue("Content-Type").orElse(null);
                return new Reply(status, parse(response.body()), contentTypeHeader, response.body());
            } catch (ConnectException | HttpConnectTimeoutException e) {
                // the service is not accepting connections (starting, restarting): the request never reached it
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service.serviceName + " did not accept connections for "
                            + unavailableFor.toSeconds() + " s (" + method + " " + path + ")", e);
                }
                sleep(500);
            } catch (IOException e) {
                // a reading request may be repeated after a broken connection; a writing one may have been applied
                if ("GET".equals(method) && System.nanoTime() < deadline) {
                    sleep(500);
                    continue;
                }
                throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The body of an answer with one of the expected statuses; otherwise an {@link ApiException}. */
    public JsonNode expect(Service service, String method, String path, String user, Object body, int... statuses) {
        Reply reply = call(service, method, path, user, body);
        if (Arrays.stream(statuses).noneMatch(s -> s == reply.status())) {
            throw new ApiException(method + " " + service.serviceName + path + " as " + user + " answered " + reply.status()
                    + (reply.rule() != null ? " " + reply.rule() : "") + ": " + abbreviate(reply.text(), 600), reply);
        }
        return reply.body();
    }

    public JsonNode get(Service service, String path, String user) {
        return expect(service, "GET", path, user, null, 200);
    }

    public JsonNode post(Service service, String path, String user, Object body) {
        return expect(service, "POST", path, user, body, 200, 201);
    }

    public JsonNode put(Service service, String path, String user, Object body) {
        return expect(service, "PUT", path, user, body, 200, 201);
    }

    /** A service's Prometheus metric (the sum over its series), or NaN when it reports none. */
    public double metric(Service service, String name) {
        Reply reply = raw(service, "GET", "/q/metrics", null, null, null);
        double sum = Double.NaN;
        for (String line : reply.text().split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                sum = Double.isNaN(sum) ? value : sum + value;
            }
        }
        return sum;
    }

    // --- JSON helpers

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public static ArrayNode array() {
        return JSON.createArrayNode();
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + " ...";
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
