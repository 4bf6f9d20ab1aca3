package org.county.staffing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml against the services' configuration and the Kubernetes topics: a healthcheck on
 * every server, every topic created by kafka-init, every setting a service needs, and no secret
 * written in the file (each comes from the environment, named in .env.example).
 */
class ComposeCrossCheckTest {

    private static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]*}");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY)$");

    static JsonNode compose;
    static List<ServiceConfig> configs;

    @BeforeAll
    static void load() throws IOException {
        compose = Kustomize.YAML.readTree(Repository.ROOT.resolve("docker-compose.yml").toFile());
        configs = ServiceConfig.all();
    }

    @Test
    void every_server_has_a_healthcheck_and_the_one_shot_init_runs_once() {
        compose.path("services").fields().forEachRemaining(entry -> {
            if (entry.getKey().equals("kafka-init")) {
                assertThat(entry.getValue().path("restart").asText()).isEqualTo("no");
            } else {
                assertThat(entry.getValue().at("/healthcheck/test").isArray()).as(entry.getKey() + " healthcheck").isTrue();
            }
        });
    }

    @Test
    void every_topic_is_created_explicitly_and_none_on_first_use() throws IOException {
        String init = compose.at("/services/kafka-init/command").toString();
        Set<String> created = new TreeSet<>();
        Matcher matcher = Pattern.compile("--topic (\\S+)").matcher(init);
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        Set<String> kubernetes = new TreeSet<>();
        for (ObjectNode object : Repository.render("county")) {
            if (object.path("kind").asText().equals("KafkaTopic")) {
                kubernetes.add(object.at("/spec/topicName").asText());
            }
        }
        assertThat(created).isEqualTo(kubernetes);
        assertThat(compose.at("/services/kafka/environment/KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
        for (ServiceConfig config : configs.stream().filter(ServiceConfig::isService).toList()) {
            assertThat(created).containsAll(config.followedTopics()).contains(config.deadLetterTopic());
            assertThat(compose.at("/services/" + config.module() + "/depends_on/kafka-init/condition").asText())
                    .isEqualTo("service_completed_successfully");
        }
    }

    @Test
    void each_workload_gets_its_image_port_database_and_every_setting_it_needs() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig config : configs) {
            String name = config.module();
            JsonNode service = compose.at("/services/" + name);
            if (service.isMissingNode()) {
                problems.add(name + ": not in docker-compose.yml");
                continue;
            }
            if (!service.at("/build/args/SERVICE").asText().equals(name) || !service.path("image").asText().startsWith("county-staffing/" + name + ":")) {
                problems.add(name + ": image or build argument");
            }
            String port = config.httpPort() + ":" + config.httpPort();
            if (!service.path("ports").toString().contains(port)) {
                problems.add(name + ": port " + port + " not published");
            }
            if (!service.at("/healthcheck/test").toString().contains("localhost:" + config.httpPort() + "/q/health/ready")) {
                problems.add(name + ": healthcheck is not its readiness");
            }
            JsonNode environment = service.path("environment");
            Set<String> missing = new TreeSet<>(config.requiredEnvironment());
            environment.fieldNames().forEachRemaining(missing::remove);
            if (!missing.isEmpty()) {
                problems.add(name + ": not provided " + missing);
            }
            environment.fields().forEachRemaining(e -> {
                String value = e.getValue().asText();
                if ((value.contains("localhost") || value.contains("127.0.0.1")) && !value.startsWith("http://localhost:8180")) {
                    problems.add(name + ": " + e.getKey() + " points inside its own container: " + value);
                }
            });
            if (config.isService()) {
                String database = config.databaseName();
                if (!environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText().equals("jdbc:postgresql://postgres:5432/" + database)) {
                    problems.add(name + ": database URL");
                }
                if (!environment.path("QUARKUS_DATASOURCE_PASSWORD").asText().startsWith("${" + database.toUpperCase() + "_DB_PASSWORD:?")) {
                    problems.add(name + ": password not from " + database.toUpperCase() + "_DB_PASSWORD");
                }
                for (String dependency : List.of("postgres", "keycloak")) {
                    if (!service.at("/depends_on/" + dependency + "/condition").asText().equals("service_healthy")) {
                        problems.add(name + ": does not wait for " + dependency + " to be healthy");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void no_secret_is_written_in_the_file_and_each_is_named_in_env_example() throws IOException {
        Set<String> example = new TreeSet<>();
        for (String line : Files.readAllLines(Repository.ROOT.resolve(".env.example"))) {
            if (line.matches("[A-Z][A-Z0-9_]*=.*")) {
                assertThat(line).as(".env.example keeps no value").endsWith("=");
                example.add(line.substring(0, line.indexOf('=')));
            }
        }
        Map<String, String> secrets = new HashMap<>();
        compose.path("services").fields().forEachRemaining(service -> service.getValue().path("environment").fields().forEachRemaining(e -> {
            if (SECRET_NAME.matcher(e.getKey()).matches()) {
                secrets.put(service.getKey() + "." + e.getKey(), e.getValue().asText());
            }
        }));
        assertThat(secrets).isNotEmpty();
        secrets.forEach((key, value) -> {
            Matcher matcher = FROM_ENVIRONMENT.matcher(value);
            assertThat(matcher.matches()).as(key + " comes from the environment, required").isTrue();
            assertThat(example).as(key).contains(matcher.group(1));
        });
        String init = Files.readString(Repository.ROOT.resolve("deploy/docker/postgres-init.sh"));
        for (ServiceConfig config : configs.stream().filter(ServiceConfig::isService).toList()) {
            assertThat(init).containsPattern("for db in [a-z ]*\\b" + config.databaseName() + "\\b");
            assertThat(compose.at("/services/postgres/environment/" + config.databaseName().toUpperCase() + "_DB_PASSWORD").asText()).startsWith("${");
        }
    }
}
