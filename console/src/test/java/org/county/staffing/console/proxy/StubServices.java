package org.county.staffing.console.proxy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the services behind the proxy (what the proxy test is not about): answers with
 * what it received, and a problem+json refusal on /refusal.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            String json;
            int status = 200;
            String type = "application/json";
            if (path.endsWith("/refusal")) {
                status = 409;
                type = "application/problem+json";
                json = "{\"status\":409,\"rule\":\"BEYOND_QUOTA\",\"field\":\"count\",\"reason\":{\"en\":\"beyond the quota\",\"zh\":\"超出编制\"}}";
            } else {
                json = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\"" + path + "\",\"query\":\""
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery())
                        + "\",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization")
                        + "\",\"body\":" + (in.length == 0 ? "null" : "\"" + new String(in, StandardCharsets.UTF_8).replace("\"", "'") + "\"")
                        + "}";
            }
            byte[] out = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("X-Total-Count", "42");
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(out);
            }
        });
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("console.routes.quota.url", url,
                "console.routes.audit.url", url,
                "console.routes.rotation.url", "http://localhost:" + closedPort(),
                "console.keycloak.url", "http://localhost:18180/");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
