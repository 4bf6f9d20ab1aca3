package org.county.staffing.infra.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The county realm's users as the county's IT keeps them, through Keycloak's admin REST API (the
 * master realm's admin): a user with one realm role, the {@code county_id} claim and, for a school
 * user, {@code school_id}. {@link #ensure} is idempotent: an existing user keeps its id and gets
 * what is missing.
 */
public final class RealmUsers {

    private final HttpClient http;
    private final String keycloak;
    private final String adminUser;
    private final String adminPassword;
    private final String password;
    private String adminToken;
    private long adminTokenRenewAt;

    public RealmUsers(HttpClient http, String keycloak, String adminUser, String adminPassword, String password) {
        this.http = http;
        this.keycloak = keycloak;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.password = password;
    }

    /** Makes sure {@code username} exists with the role and attributes; returns true when it had to create it. */
    public boolean ensure(String username, String realmRole, Map<String, String> attributes) {
        String base = keycloak + "/admin/realms/" + Endpoints.REALM;
        JsonNode found = send("GET", base + "/users?exact=true&username=" + enc(username), null, 200);
        boolean created = false;
        if (found.isEmpty()) {
            ObjectNode user = Api.object().put("username", username).put("enabled", true).put("emailVerified", true);
            ObjectNode attrs = user.putObject("attributes");
            attributes.forEach((k, v) -> attrs.putArray(k).add(v));
            user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
            send("POST", base + "/users", user, 201, 409);
            found = send("GET", base + "/users?exact=true&username=" + enc(username), null, 200);
            created = true;
        }
        String id = found.path(0).path("id").asText();
        JsonNode roles = send("GET", base + "/users/" + id + "/role-mappings/realm", null, 200);
        boolean hasRole = false;
        for (JsonNode r : roles) {
            hasRole |= realmRole.equals(r.path("name").asText());
        }
        if (!hasRole) {
            JsonNode role = send("GET", base + "/roles/" + enc(realmRole), null, 200);
            send("POST", base + "/users/" + id + "/role-mappings/realm", Api.array().add(role), 204);
        }
        return created;
    }

    /**
     * Creates the users of a realm import's {@code users} array that do not exist yet, in one
     * partial import (existing ones are skipped, as they are); returns how many it added.
     */
    public int importUsers(ArrayNode users) {
        if (users.isEmpty()) {
            return 0;
        }
        ObjectNode body = Api.object().put("ifResourceExists", "SKIP");
        body.set("users", users);
        return send("POST", keycloak + "/admin/realms/" + Endpoints.REALM + "/partialImport", body, 200).path("added").asInt();
    }

    private synchronized String adminToken() {
        if (adminToken == null || System.nanoTime() > adminTokenRenewAt) {
            String form = "grant_type=password&client_id=admin-cli&username=" + enc(adminUser) + "&password=" + enc(adminPassword);
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Keycloak's admin login failed: " + response.statusCode() + " " + response.body());
                }
                JsonNode body = Api.JSON.readTree(response.body());
                adminToken = body.path("access_token").asText();
                // the master realm's tokens live a minute: renew well before
                adminTokenRenewAt = System.nanoTime() + Duration.ofSeconds(Math.max(5, body.path("expires_in").asLong(60) / 2)).toNanos();
            } catch (IOException e) {
                throw new IllegalStateException("Keycloak's admin API did not answer", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return adminToken;
    }

    private JsonNode send(String method, String url, JsonNode body, int... expected) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken());
        if (body != null) {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(Api.write(body)));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            for (int status : expected) {
                if (status == response.statusCode()) {
                    return response.body() == null || response.body().isBlank() ? Api.array() : Api.JSON.readTree(response.body());
                }
            }
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
