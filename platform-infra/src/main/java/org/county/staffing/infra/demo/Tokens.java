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
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real access tokens of realm users, by the password grant of the public client
 * {@code county-console}, kept until shortly before they expire.
 */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A token is renewed this long before it expires, so that no request carries a stale one. */
    private static final long RENEW_MARGIN_NANOS = Duration.ofSeconds(60).toNanos();

    private final HttpClient http;
    private final String issuer;
    private final String password;
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private record Held(String token, long renewAt) {
    }

    public Tokens(HttpClient http, String issuer, String password) {
        this.http = http;
        this.issuer = issuer;
        this.password = password;
    }

    public String token(String username) {
        Held current = held.get(username);
        if (current != null && System.nanoTime() < current.renewAt()) {
            return current.token();
        }
        Held fresh = fetch(username);
        held.put(username, fresh);
        return fresh.token();
    }

    /** Forgets a token the server refused (a restarted Keycloak, a changed user). */
    public void forget(String username) {
        held.remove(username);
    }

    private Held fetch(String username) {
        String form = "grant_type=password&client_id=county-console&username=" + enc(username) + "&password=" + enc(password);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("no token for " + username + ": " + response.statusCode() + " " + response.body());
                }
                JsonNode body = JSON.readTree(response.body());
                long lifetime = Duration.ofSeconds(body.path("expires_in").asLong(300)).toNanos();
                return new Held(body.path("access_token").asText(), System.nanoTime() + Math.max(lifetime - RENEW_MARGIN_NANOS, lifetime / 2));
            } catch (IOException e) {
                // Keycloak restarting or busy: try again for a while
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Keycloak did not answer a token request for " + username, e);
                }
                Api.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
