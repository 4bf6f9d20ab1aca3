package org.county.staffing.e2e.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.county.staffing.infra.demo.Api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds the test console's origin to the web origins of client {@code county-console}, as the county's
 * IT does for the console's public address: the browser fetches tokens from Keycloak across origins,
 * and Keycloak answers CORS only for the client's web origins (the realm file names port 8080; the
 * test's console listens on a free port).
 */
final class ConsoleOrigin {

    private ConsoleOrigin() {
    }

    static void allow(String keycloak, String origin) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String form = "client_id=admin-cli&grant_type=password&username=admin&password=" + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        JsonNode token = Api.JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))));
        String bearer = "Bearer " + token.path("access_token").asText();
        String clients = keycloak + "/admin/realms/county/clients";
        JsonNode found = Api.JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(clients + "?clientId=county-console"))
                .header("Authorization", bearer).GET()));
        ObjectNode client = (ObjectNode) found.get(0);
        ArrayNode origins = client.get("webOrigins") instanceof ArrayNode known ? known : client.putArray("webOrigins");
        origins.add(origin);
        send(http, HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText())).header("Authorization", bearer)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(Api.write(client))));
    }

    private static String send(HttpClient http, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
