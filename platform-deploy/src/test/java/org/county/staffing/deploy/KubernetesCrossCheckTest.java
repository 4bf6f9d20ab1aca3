package org.county.staffing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests against the services' own configuration: images, ports, every environment variable a
 * service needs, topics and consumer groups, databases and their secrets, the realm and its clients.
 */
class KubernetesCrossCheckTest {

    static List<ServiceConfig> configs;
    static Map<String, Set<String>> secrets;

    @BeforeAll
    static void load() throws IOException {
        configs = ServiceConfig.all();
        secrets = Secrets.created();
        assertThat(configs).extracting(ServiceConfig::module)
                .contains("quota-service", "post-service", "recruitment-service", "rotation-service", "audit-service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void each_workload_gets_its_image_port_probes_and_every_setting_it_needs(String overlay) throws IOException {
        Map<String, ObjectNode> objects = RenderTest.byKey(Repository.render(overlay));
        List<String> problems = new ArrayList<>();
        for (ServiceConfig config : configs) {
            String name = config.module();
            ObjectNode deployment = objects.get("Deployment/" + name);
            if (deployment == null) {
                problems.add(name + ": no Deployment");
                continue;
            }
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            if (!container.path("image").asText().startsWith("county-staffing/" + name + ":")) {
                problems.add(name + ": image " + container.path("image").asText());
            }
            if (container.at("/ports/0/containerPort").asInt() != config.httpPort()) {
                problems.add(name + ": container port " + container.at("/ports/0/containerPort") + ", the service listens on " + config.httpPort());
            }
            JsonNode service = objects.get("Service/" + name);
            if (service == null || service.at("/spec/ports/0/port").asInt() != config.httpPort()) {
                problems.add(name + ": Service missing or on another port");
            }
            if (!container.at("/readinessProbe/httpGet/path").asText().equals("/q/health/ready")
                    || !container.at("/livenessProbe/httpGet/path").asText().equals("/q/health/live")) {
                problems.add(name + ": probes not on /q/health/ready and /q/health/live");
            }
            if (!container.at("/resources/limits/memory").isTextual() || !container.at("/resources/requests/memory").isTextual()) {
                problems.add(name + ": memory request and limit not set");
            }
            Map<String, JsonNode> environment = environment(container, objects, problems, name);
            Set<String> missing = new TreeSet<>(config.requiredEnvironment());
            missing.removeAll(environment.keySet());
            if (!missing.isEmpty()) {
                problems.add(name + ": not provided " + missing);
            }
            environment.forEach((variable, value) -> {
                if (value.isTextual() && (value.asText().contains("localhost") || value.asText().contains("127.0.0.1"))) {
                    problems.add(name + ": " + variable + " points at the local machine");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void each_service_has_its_own_database_login_and_reaches_only_that_database(String overlay) throws IOException {
        Map<String, ObjectNode> objects = RenderTest.byKey(Repository.render(overlay));
        for (ServiceConfig config : configs.stream().filter(ServiceConfig::isService).toList()) {
            String name = config.module();
            String database = config.databaseName();
            ObjectNode cluster = objects.get("Cluster/" + database + "-db");
            assertThat(cluster).as(name + ": CloudNativePG cluster " + database + "-db").isNotNull();
            assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).isEqualTo(database);
            String loginSecret = cluster.at("/spec/bootstrap/initdb/secret/name").asText();
            assertThat(secrets).as("create-secrets.sh makes " + loginSecret).containsKey(loginSecret);
            assertThat(secrets.get(loginSecret)).contains("username", "password");
            assertThat(script()).as("the login is the database owner").contains("make_secret " + loginSecret + " kubernetes.io/basic-auth username="
                    + cluster.at("/spec/bootstrap/initdb/owner").asText() + " \"password=$(random)\"");

            JsonNode env = objects.get("Deployment/" + name).at("/spec/template/spec/containers/0/env");
            Map<String, JsonNode> byName = new HashMap<>();
            env.forEach(e -> byName.put(e.path("name").asText(), e));
            assertThat(byName.get("QUARKUS_DATASOURCE_JDBC_URL").path("value").asText())
                    .isEqualTo("jdbc:postgresql://" + database + "-db-rw:5432/" + database);
            assertThat(byName.get("QUARKUS_DATASOURCE_USERNAME").at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(loginSecret);
            assertThat(byName.get("QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(loginSecret);

            ObjectNode policy = objects.get("NetworkPolicy/" + name);
            assertThat(policy).as(name + ": NetworkPolicy").isNotNull();
            Set<String> databases = new TreeSet<>();
            Set<String> elsewhere = new TreeSet<>();
            for (JsonNode rule : policy.at("/spec/egress")) {
                for (JsonNode to : rule.path("to")) {
                    JsonNode labels = to.at("/podSelector/matchLabels");
                    if (labels.has("cnpg.io/cluster")) {
                        databases.add(labels.path("cnpg.io/cluster").asText());
                    } else if (labels.has("strimzi.io/cluster")) {
                        elsewhere.add("kafka");
                    } else if (labels.path("app").asText().equals("keycloak")) {
                        elsewhere.add("keycloak");
                    } else if (to.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText().equals("kube-system")) {
                        elsewhere.add("dns");
                    } else {
                        elsewhere.add("unexpected " + to);
                    }
                }
            }
            assertThat(databases).as(name + " reaches").containsExactly(database + "-db");
            assertThat(elsewhere).as(name + " reaches").containsExactlyInAnyOrder("kafka", "keycloak", "dns");
            ObjectNode databasePolicy = objects.get("NetworkPolicy/" + database + "-db");
            assertThat(databasePolicy.at("/spec/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(name);
            assertThat(objects.get("Deployment/" + name).at("/spec/template/metadata/labels/county-staffing~1kafka-client").asText()).isEqualTo("true");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void every_secret_a_manifest_uses_is_made_by_create_secrets(String overlay) throws IOException {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : Repository.render(overlay)) {
            object.findParents("secretKeyRef").forEach(parent -> {
                JsonNode ref = parent.path("secretKeyRef");
                check(ref.path("name").asText(), ref.path("key").asText(), problems);
            });
            object.findParents("usernameSecret").forEach(db -> {
                check(db.at("/usernameSecret/name").asText(), db.at("/usernameSecret/key").asText(), problems);
                check(db.at("/passwordSecret/name").asText(), db.at("/passwordSecret/key").asText(), problems);
            });
            if (object.path("kind").asText().equals("KeycloakRealmImport")) {
                object.at("/spec/placeholders").forEach(p -> check(p.at("/secret/name").asText(), p.at("/secret/key").asText(), problems));
            }
            for (JsonNode tls : object.at("/spec/tls")) {
                if (!Secrets.MADE_ELSEWHERE.contains(tls.path("secretName").asText())) {
                    problems.add("TLS secret " + tls.path("secretName").asText() + " is made nowhere");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(Repository.render(overlay)).noneMatch(o -> o.path("kind").asText().equals("Secret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void topics_and_consumer_groups_match_what_the_services_follow(String overlay) throws IOException {
        Map<String, ObjectNode> topics = new HashMap<>();
        for (ObjectNode object : Repository.render(overlay)) {
            if (object.path("kind").asText().equals("KafkaTopic")) {
                topics.put(object.at("/spec/topicName").asText(), object);
            }
        }
        Map<String, Set<String>> followers = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (ServiceConfig config : configs.stream().filter(ServiceConfig::isService).toList()) {
            assertThat(config.consumerGroup()).as(config.module() + " consumer group").isEqualTo(config.get("backbone.service-name"));
            for (String topic : config.followedTopics()) {
                assertThat(topics).as(config.module() + " follows " + topic).containsKey(topic);
                followers.computeIfAbsent(topic, t -> new TreeSet<>()).add(config.consumerGroup());
                used.add(topic);
            }
            assertThat(topics).as(config.module() + " dead-letter topic").containsKey(config.deadLetterTopic());
            used.add(config.deadLetterTopic());
            used.add(config.publishedTopic());
        }
        topics.forEach((name, topic) -> {
            assertThat(used).as("topic " + name + " is used by a service").contains(name);
            String groups = topic.at("/metadata/annotations/county-staffing~1consumer-groups").asText("");
            Set<String> declared = groups.isBlank() ? Set.of() : new TreeSet<>(List.of(groups.split(",")));
            assertThat(declared).as(name + " consumer groups").isEqualTo(followers.getOrDefault(name, Set.of()));
        });
        followers.keySet().forEach(topic -> assertThat(topics.get(topic).at("/spec/partitions").asInt())
                .as(topic + ": partitions enough for three instances of a consumer").isGreaterThanOrEqualTo(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void the_realm_and_its_clients_are_those_the_services_and_the_console_use(String overlay) throws IOException {
        Map<String, ObjectNode> objects = RenderTest.byKey(Repository.render(overlay));
        JsonNode source = new ObjectMapper().readTree(Repository.ROOT.resolve("deploy/keycloak/county-realm.json").toFile());
        String realm = source.path("realm").asText();
        JsonNode endpoints = objects.get("ConfigMap/platform-endpoints").path("data");
        assertThat(endpoints.path("QUARKUS_OIDC_AUTH_SERVER_URL").asText()).isEqualTo("http://keycloak-service:8080/realms/" + realm);
        assertThat(endpoints.path("QUARKUS_OIDC_TOKEN_ISSUER").asText()).isEqualTo(objects.get("Keycloak/keycloak").at("/spec/hostname/hostname").asText() + "/realms/" + realm);
        JsonNode console = objects.get("ConfigMap/console-routes").path("data");
        assertThat(console.path("CONSOLE_KEYCLOAK_REALM").asText()).isEqualTo(realm);
        ObjectNode realmImport = objects.values().stream().filter(o -> o.path("kind").asText().equals("KeycloakRealmImport")).findFirst().orElseThrow();
        Set<String> publicClients = new TreeSet<>();
        realmImport.at("/spec/realm/clients").forEach(c -> {
            if (c.path("publicClient").asBoolean()) {
                publicClients.add(c.path("clientId").asText());
            }
        });
        assertThat(publicClients).contains(console.path("CONSOLE_KEYCLOAK_CLIENT_ID").asText());
        assertThat(realmImport.at("/spec/keycloakCRName").asText()).isEqualTo("keycloak");
        for (ServiceConfig config : configs) {
            for (String workload : CrossCheck.WORKLOADS) {
                String prefix = "CONSOLE_ROUTES_" + workload.replace("-service", "").toUpperCase() + "_URL";
                if (config.module().equals(workload) && !workload.equals("console")) {
                    assertThat(console.path(prefix).asText()).isEqualTo("http://" + workload + ":" + config.httpPort());
                }
            }
        }
    }

    /** The embedded realm import is deploy/keycloak/county-realm.json transformed by RealmImport; -Ddeploy.regenerate=true rewrites it. */
    @Test
    void the_realm_import_is_the_realm_of_deploy_keycloak() throws IOException {
        ObjectNode expected = RealmImport.from(Repository.ROOT.resolve("deploy/keycloak/county-realm.json"));
        Path file = Repository.KUBERNETES.resolve("base/realm-import.yaml");
        if (Boolean.getBoolean("deploy.regenerate")) {
            Files.writeString(file, "# Generated from deploy/keycloak/county-realm.json by platform-deploy (RealmImport; run its tests with\n"
                    + "# -Ddeploy.regenerate=true after changing the realm): no development users, client secrets from\n"
                    + "# the secret keycloak-client-secrets, the console's redirect at the public address.\n"
                    + Kustomize.YAML.writeValueAsString(expected).replaceFirst("^---\n", ""));
        }
        List<ObjectNode> embedded = Kustomize.readAll(file);
        assertThat(embedded).hasSize(1);
        assertThat(embedded.get(0).equals(expected))
                .as("base/realm-import.yaml differs from deploy/keycloak/county-realm.json: regenerate with -Ddeploy.regenerate=true").isTrue();
        assertThat(embedded.get(0).at("/spec/realm").has("users")).isFalse();
        embedded.get(0).at("/spec/realm/clients").forEach(client -> {
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).as(client.path("clientId").asText()).matches("\\$\\{[A-Z_]+_CLIENT_SECRET}");
            }
        });
    }

    private static void check(String name, String key, List<String> problems) {
        if (Secrets.MADE_ELSEWHERE.contains(name)) {
            return;
        }
        if (!secrets.containsKey(name)) {
            problems.add("secret " + name + " is made nowhere (create-secrets.sh)");
        } else if (!secrets.get(name).contains(key)) {
            problems.add("secret " + name + " has no key " + key);
        }
    }

    private static String script() {
        try {
            return Files.readString(Repository.KUBERNETES.resolve("create-secrets.sh"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, JsonNode> environment(JsonNode container, Map<String, ObjectNode> objects, List<String> problems, String name) {
        Map<String, JsonNode> environment = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String map = from.at("/configMapRef/name").asText();
            ObjectNode configMap = objects.get("ConfigMap/" + map);
            if (configMap == null) {
                problems.add(name + ": ConfigMap " + map + " is not rendered");
                continue;
            }
            configMap.path("data").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue()));
        }
        for (JsonNode variable : container.path("env")) {
            environment.put(variable.path("name").asText(), variable.has("value") ? variable.path("value") : variable.path("valueFrom"));
        }
        return environment;
    }
}
