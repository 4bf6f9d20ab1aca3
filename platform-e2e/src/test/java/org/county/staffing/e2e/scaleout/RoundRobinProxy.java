package org.county.staffing.e2e.scaleout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * What a Kubernetes Service or a load balancer does in front of the instances of one service:
 * each request goes to the next instance in turn; an instance that refuses the connection (down,
 * restarting) is skipped, since the request never reached it. A request whose connection broke
 * after it was sent is answered 502: it may or may not have been applied, as with a real balancer.
 */
final class RoundRobinProxy implements AutoCloseable {

    private static final Set<String> FORWARDED = Set.of("authorization", "content-type", "accept", "accept-language",
            "x-correlation-id");

    private final List<Integer> ports;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray served;

    RoundRobinProxy(List<Integer> ports) throws IOException {
        this.ports = List.copyOf(ports);
        this.served = new AtomicLongArray(ports.size());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** Requests each instance answered, in the order of the ports. */
    long[] served() {
        long[] counts = new long[ports.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = served.get(i);
        }
        return counts;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int first = Math.floorMod(next.getAndIncrement(), ports.size());
            for (int attempt = 0; attempt < ports.size(); attempt++) {
                int target = (first + attempt) % ports.size();
                HttpRequest.Builder request = HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + ports.get(target) + exchange.getRequestURI().toString()))
                        .timeout(Duration.ofSeconds(120))
                        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (FORWARDED.contains(name.toLowerCase())) {
                        values.forEach(v -> request.header(name, v));
                    }
                });
                HttpResponse<byte[]> response;
                try {
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                } catch (ConnectException | HttpConnectTimeoutException refused) {
                    continue;
                } catch (IOException broken) {
                    answer(exchange, 502, "the instance's connection broke: " + broken);
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    answer(exchange, 502, "interrupted");
                    return;
                }
                served.incrementAndGet(target);
                response.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().add("Content-Type", t));
                byte[] answer = response.body();
                exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
                if (answer.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answer);
                    }
                }
                return;
            }
            answer(exchange, 503, "no instance accepts connections");
        }
    }

    private static void answer(HttpExchange exchange, int status, String detail) throws IOException {
        byte[] problem = ("{\"type\":\"about:blank\",\"title\":\"Bad Gateway\",\"status\":" + status + ",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, problem.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(problem);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
