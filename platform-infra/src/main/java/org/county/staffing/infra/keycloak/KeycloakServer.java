package org.county.staffing.infra.keycloak;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.county.staffing.infra.Ports;
import org.county.staffing.infra.process.Unzip;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} zip from Maven Central) in dev mode with the
 * county realm imported. The hostname is pinned so the token issuer is stable whichever address a
 * client uses.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "county";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private KeycloakServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The dev-mode command on the given port. */
    public static List<String> command(Path home, int port) {
        return List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port,
                "--hostname=http://localhost:" + port, "--import-realm");
    }

    public static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
        // C1 only: Keycloak starts about twice as fast on two cores
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        return env;
    }

    /** Unpacks the distribution into {@code home} unless it is there already. */
    public static Path install(Path distributionZip, Path home) throws IOException {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            if (!Files.exists(distributionZip)) {
                throw new IllegalStateException(distributionZip + " is missing: build platform-infra first");
            }
            Unzip.withoutTopFolder(distributionZip, home);
        }
        return home;
    }

    /** Installs the realm file for import and starts the server; returns once the realm answers. */
    public static KeycloakServer start(Path home, Path realmJson, int port, Path log, Duration timeout) throws IOException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Files.copy(realmJson, importDir.resolve(realmJson.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(command(home, port));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment());
        KeycloakServer server = new KeycloakServer(builder.start(), port);
        try {
            server.awaitReady(timeout, log);
        } catch (RuntimeException e) {
            // a server that never became ready is stopped here: the caller has nothing to close
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady(Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!realmAnswers()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak was not ready after " + timeout + "; see " + log);
            }
            sleep(500);
        }
    }

    public boolean realmAnswers() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public int port() {
        return port;
    }

    /** The county realm's issuer, as it appears in the tokens' {@code iss} claim. */
    public String issuer() {
        return issuer(port);
    }

    public static String issuer(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** An access token for a realm user, by the password grant of the public client county-console. */
    public String token(String username, String password) {
        return token(issuer(), username, password);
    }

    public static String token(String issuer, String username, String password) {
        String form = "grant_type=password&client_id=county-console&username=" + enc(username) + "&password=" + enc(password);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("no token for " + username + ": " + response.statusCode() + " " + response.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        // kc.sh may run the server JVM as its child: stop the whole tree, never leave it behind
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
            }
            for (ProcessHandle handle : tree) {
                handle.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int freePort() {
        return Ports.free();
    }
}
