package org.county.staffing.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.county.staffing.e2e.CrossServicePlatform;
import org.county.staffing.e2e.fuzz.FuzzCases.FuzzCase;
import org.county.staffing.e2e.fuzz.OpenApiOperations.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every operation of every service, read from the running service's own OpenAPI document and
 * called with a real Keycloak token of a role the role matrix allows, with generated hostile
 * input ({@link FuzzCases}). Every answer must be a 4xx {@code application/problem+json} naming a
 * rule (and the field a 400 is about), never a 5xx, never a 2xx for input the operation's schema
 * makes invalid; and no table of any service may change.
 *
 * <p>Seeded and bounded: {@code -Dfuzz.seed} (default 2026) replays the same cases in the same
 * order, {@code -Dfuzz.seconds} (per service, default 50) and {@code -Dfuzz.requests} (per service,
 * default 4000) bound the run, {@code -Dfuzz.services=quota,post} picks services. The figures go
 * to standard output and {@code target/fuzz-report.txt}.
 *
 * <p>Part of {@code ./mvnw verify}; {@code -Dfuzz=false} leaves it out.
 */
@DisabledIfSystemProperty(named = "fuzz", matches = "false")
class OpenApiFuzzTest {

    private static final List<String> SERVICES = List.of("quota", "post", "recruitment", "rotation", "audit");
    /** The demo user of each role; county-wide roles first, so that a scope check does not hide the input's handling. */
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("staffing-office", "bianban");
        USERS.put("hr", "renshe");
        USERS.put("education-bureau", "jiaoyuju");
        USERS.put("auditor", "jijian");
        USERS.put("school", "xiaozhang1");
        USERS.put("teacher", "laoshi");
        USERS.put("province", "province");
    }

    private final CrossServicePlatform platform = CrossServicePlatform.get();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, Long> tokenAge = new HashMap<>();

    record Failure(String service, FuzzCase fuzzCase, String role, String problem, int status, String contentType, String answer) {
    }

    record ServiceRun(String service, int operations, int casesGenerated, int sent, Map<String, Integer> refusals, int accepted,
                      List<String> uncovered, List<Failure> failures, Map<String, String> changedTables, double seconds) {
    }

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndWritesNothing() throws IOException {
        long seed = Long.getLong("fuzz.seed", 2026L);
        int seconds = Integer.getInteger("fuzz.seconds", 50);
        int maxRequests = Integer.getInteger("fuzz.requests", 4000);
        List<String> services = Arrays.asList(System.getProperty("fuzz.services", String.join(",", SERVICES)).split(","));
        Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();

        List<ServiceRun> runs = new ArrayList<>();
        for (String service : services) {
            runs.add(fuzz(root, service.trim(), seed, seconds, maxRequests));
        }
        String report = report(runs, seed, seconds, maxRequests);
        System.out.println(report);
        Path file = root.resolve("platform-e2e/target/fuzz-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);

        assertThat(runs).allSatisfy(r -> assertThat(r.sent()).as("requests sent to %s", r.service()).isPositive());
        List<String> problems = new ArrayList<>();
        for (ServiceRun r : runs) {
            r.failures().forEach(f -> problems.add(f.service() + ": " + f.problem()));
            r.changedTables().forEach((table, change) -> problems.add(r.service() + ": table " + table + " changed: " + change));
        }
        assertThat(problems).as("fuzz failures (replay with -Dfuzz.seed=%d; every case in %s)", seed, file).isEmpty();
    }

    private ServiceRun fuzz(Path root, String service, long seed, int seconds, int maxRequests) throws IOException {
        String url = platform.url(service);
        JsonNode document = FuzzCases.JSON.readTree(send("GET", url + "/q/openapi?format=json", null, null, null).body());
        Map<String, Set<String>> matrix = roleMatrix(root.resolve(service + "-service/src/main/resources/role-matrix.csv"));
        List<Operation> operations = OpenApiOperations.read(service, document, matrix);
        FuzzCases generator = new FuzzCases(seed ^ service.hashCode());
        Random order = new Random(seed ^ (31L * service.hashCode()));
        List<List<FuzzCase>> perOperation = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        int generated = 0;
        for (Operation op : operations) {
            if (op.roles().isEmpty()) {
                uncovered.add(op.key() + " (not in the role matrix)");
                continue;
            }
            List<FuzzCase> cases = new ArrayList<>(generator.of(op));
            if (cases.isEmpty()) {
                uncovered.add(op.key() + " (takes no input)");
                continue;
            }
            java.util.Collections.shuffle(cases, order);
            perOperation.add(cases);
            generated += cases.size();
        }
        // round robin over the operations: when the budget ends, every operation has had its share
        List<FuzzCase> queue = new ArrayList<>();
        for (int i = 0; queue.size() < generated; i++) {
            for (List<FuzzCase> cases : perOperation) {
                if (i < cases.size()) {
                    queue.add(cases.get(i));
                }
            }
        }

        platform.awaitQuiet(Duration.ofMinutes(2));
        Map<String, Long> before = rowCounts(service);
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        Map<String, Integer> refusals = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        int sent = 0;
        int accepted = 0;
        for (FuzzCase c : queue) {
            if (sent >= maxRequests || System.nanoTime() > deadline) {
                break;
            }
            String role = role(c.operation());
            HttpResponse<String> response;
            try {
                response = send(c.operation().method(), url + c.target(), c.contentType(), c.body(), token(USERS.get(role)));
            } catch (IOException e) {
                try {
                    // once more: the connection may be one the server closed after refusing the previous request
                    response = send(c.operation().method(), url + c.target(), c.contentType(), c.body(), token(USERS.get(role)));
                } catch (IOException again) {
                    failures.add(new Failure(service, c, role, "no answer: " + again, 0, null, ""));
                    sent++;
                    continue;
                }
            }
            sent++;
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode problem = parse(response.body());
            String rule = problem.path("rule").asText("");
            if (status >= 200 && status < 300) {
                accepted++;
            } else {
                refusals.merge(status + " " + (rule.isEmpty() ? "(no rule)" : rule), 1, Integer::sum);
            }
            String wrong = judge(c, status, contentType, problem);
            if (wrong != null) {
                failures.add(new Failure(service, c, role, wrong, status, contentType, response.body()));
            }
        }
        double took = (System.nanoTime() - start) / 1e9;
        platform.awaitQuiet(Duration.ofMinutes(2));
        Map<String, Long> after = rowCounts(service);
        Map<String, String> changed = new TreeMap<>();
        Set<String> tables = new LinkedHashSet<>(before.keySet());
        tables.addAll(after.keySet());
        for (String table : tables) {
            if (!java.util.Objects.equals(before.get(table), after.get(table))) {
                changed.put(table, before.get(table) + " rows before, " + after.get(table) + " after");
            }
        }
        return new ServiceRun(service + "-service", operations.size(), generated, sent, refusals, accepted, uncovered, failures,
                changed, took);
    }

    /** What is wrong with an answer, or null. */
    static String judge(FuzzCase c, int status, String contentType, JsonNode problem) {
        if (status >= 500) {
            return "answered " + status + " (a server error) to " + c.what();
        }
        if (status < 400) {
            return c.mustRefuse() ? "accepted (" + status + ") " + c.what() + ", which the schema makes invalid" : null;
        }
        if (status >= 500 || !contentType.startsWith("application/problem+json")) {
            return "refused " + c.what() + " with " + status + " but not as application/problem+json (" + contentType + ")";
        }
        if (problem.path("rule").asText("").isBlank()) {
            return "refused " + c.what() + " with " + status + " naming no rule";
        }
        if (status == 400 && c.field() != null && !names(problem, c.field())) {
            return "refused " + c.what() + " with 400 " + problem.path("rule").asText() + " without naming the field " + c.field();
        }
        return null;
    }

    /** Whether the problem names the field: its own {@code field} or one of its violations', by full path or last name. */
    static boolean names(JsonNode problem, String field) {
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        List<String> named = new ArrayList<>();
        named.add(problem.path("field").asText(""));
        problem.path("violations").forEach(v -> named.add(v.path("field").asText("")));
        return named.stream().anyMatch(n -> !n.isEmpty() && (n.equals(field) || n.equals(leaf) || n.endsWith("." + leaf)
                || n.endsWith(field) || n.contains(leaf)));
    }

    private static String role(Operation op) {
        for (String role : USERS.keySet()) {
            if (op.roles().contains(role)) {
                return role;
            }
        }
        return op.roles().iterator().next();
    }

    /** A real token of the demo user, fetched again before Keycloak's access tokens expire. */
    private String token(String user) {
        long now = System.nanoTime();
        Long age = tokenAge.get(user);
        if (age == null || now - age > Duration.ofSeconds(60).toNanos()) {
            tokens.put(user, platform.token(user));
            tokenAge.put(user, now);
        }
        return tokens.get(user);
    }

    private HttpResponse<String> send(String method, String url, String contentType, String body, String token) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Accept", "*/*");
        if (contentType != null && body != null) {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = FuzzCases.JSON.readTree(body);
            return node == null ? FuzzCases.JSON.createObjectNode() : node;
        } catch (IOException e) {
            return FuzzCases.JSON.createObjectNode();
        }
    }

    /** Every table of the service's database with its row count. */
    private Map<String, Long> rowCounts(String database) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : platform.strings(database, "select tablename from pg_tables where schemaname = 'public' order by 1")) {
            counts.put(table, platform.count(database, "select count(*) from \"" + table + "\""));
        }
        return counts;
    }

    /** {@code METHOD /path -> roles} from the service's role-matrix.csv. */
    static Map<String, Set<String>> roleMatrix(Path csv) throws IOException {
        Map<String, Set<String>> matrix = new HashMap<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.toLowerCase().startsWith("method,")) {
                continue;
            }
            String[] cells = trimmed.split(",", -1);
            matrix.put(cells[0].trim().toUpperCase() + " " + cells[1].trim(), new LinkedHashSet<>(Arrays.asList(cells[2].trim().split("\\s+"))));
        }
        return matrix;
    }

    private static String report(List<ServiceRun> runs, long seed, int seconds, int maxRequests) {
        StringBuilder out = new StringBuilder();
        out.append("OpenAPI fuzz suite: seed ").append(seed).append(", at most ").append(seconds).append(" s and ")
                .append(maxRequests).append(" requests per service (replay: -Dfuzz.seed=").append(seed).append(")\n\n");
        int total = 0;
        int failed = 0;
        for (ServiceRun r : runs) {
            total += r.sent();
            failed += r.failures().size();
            out.append(String.format("%s: %d operations, %d cases generated, %d requests sent in %.0f s, %d refused, %d accepted, %d failures%n",
                    r.service(), r.operations(), r.casesGenerated(), r.sent(), r.seconds(),
                    r.refusals().values().stream().mapToInt(Integer::intValue).sum(), r.accepted(), r.failures().size()));
            r.refusals().forEach((rule, n) -> out.append(String.format("    %6d  %s%n", n, rule)));
            r.uncovered().forEach(u -> out.append("    not fuzzed: ").append(u).append('\n'));
            if (!r.changedTables().isEmpty()) {
                out.append("    TABLES CHANGED: ").append(r.changedTables()).append('\n');
            }
        }
        out.append(String.format("%nIn all: %d requests, %d failures%n", total, failed));
        for (ServiceRun r : runs) {
            if (r.failures().isEmpty()) {
                continue;
            }
            out.append("\nFailures of ").append(r.service()).append(" (").append(r.failures().size()).append("):\n");
            Map<String, List<Failure>> byKind = new LinkedHashMap<>();
            for (Failure f : r.failures()) {
                byKind.computeIfAbsent(f.fuzzCase().operation().key() + " | " + kind(f), k -> new ArrayList<>()).add(f);
            }
            byKind.forEach((kind, list) -> {
                out.append("  ").append(kind).append(" (").append(list.size()).append(")\n");
                for (Failure f : list) {
                    out.append("    - ").append(f.problem()).append('\n');
                    out.append("      as ").append(f.role()).append(": ").append(f.fuzzCase().describe()).append('\n');
                    out.append("      got ").append(f.status()).append(' ').append(f.contentType()).append(' ')
                            .append(FuzzCases.abbreviate(f.answer().length() > 400 ? f.answer().substring(0, 400) : f.answer())).append('\n');
                }
            });
        }
        return out.toString();
    }

    private static String kind(Failure f) {
        if (f.status() >= 500) {
            return "5xx";
        }
        if (f.status() >= 200 && f.status() < 300) {
            return "accepted invalid input";
        }
        if (f.problem().contains("not as application/problem+json")) {
            return f.status() + " without problem+json";
        }
        if (f.problem().contains("naming no rule")) {
            return f.status() + " without a rule";
        }
        if (f.problem().contains("without naming the field")) {
            return "400 without the field";
        }
        return "other";
    }
}
