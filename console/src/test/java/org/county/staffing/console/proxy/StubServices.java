package org.county.staffing.console.proxy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the services behind the proxy (what the proxy test is not about): answers with
 * what it received, and a problem+json refusal on /refusal.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        String first = serve("first");
        String second = serve("second");
        String closed = "http://localhost:" + closedPort();
        return Map.of("console.routes.quota.url", first,
                "console.routes.audit.url", first,
                "console.routes.rotation.url", closed,
                // three instances, one of them down: the proxy takes them in turn and passes over the one down
                "console.routes.post.url", first + "," + closed + ", " + second,
                "console.keycloak.url", "http://localhost:18180/");
    }

    /** One instance: answers with what it received and its name. */
    private String serve(String instance) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        servers.add(server);
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
                json = "{\"instance\":\"" + instance + "\",\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\"" + path + "\",\"query\":\""
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
        return "http://localhost:" + server.getAddress().getPort();
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
        servers.forEach(server -> server.stop(0));
    }
}
