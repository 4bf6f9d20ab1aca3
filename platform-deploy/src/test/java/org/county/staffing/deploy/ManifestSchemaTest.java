package org.county.staffing.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every manifest of both overlays is valid against the Kubernetes API or its operator's CRD schema. */
class ManifestSchemaTest {

    static SchemaCatalog schemas;

    @BeforeAll
    static void load() throws IOException {
        schemas = new SchemaCatalog(Repository.KUBERNETES.resolve("schemas"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void every_manifest_matches_its_schema(String overlay) throws IOException {
        List<ObjectNode> manifests = Repository.render(overlay);
        List<String> problems = new ArrayList<>();
        for (ObjectNode manifest : manifests) {
            String name = manifest.path("kind").asText() + "/" + manifest.path("metadata").path("name").asText();
            if (!schemas.knows(manifest)) {
                problems.add(name + ": no schema kept for " + manifest.path("apiVersion").asText());
                continue;
            }
            schemas.validate(manifest).forEach(p -> problems.add(name + ": " + p));
        }
        assertThat(problems).isEmpty();
        assertThat(manifests).extracting(m -> m.path("kind").asText())
                .contains("Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "Keycloak", "KeycloakRealmImport",
                        "Deployment", "Service", "ConfigMap", "NetworkPolicy", "Ingress");
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void a_misspelt_or_mistyped_field_is_caught(String overlay) throws IOException {
        ObjectNode deployment = Repository.render(overlay).stream()
                .filter(m -> m.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        ObjectNode misspelt = deployment.deepCopy();
        ((ObjectNode) misspelt.at("/spec/template/spec/containers/0")).put("readinesProbe", "x");
        ObjectNode mistyped = deployment.deepCopy();
        ((ObjectNode) mistyped.at("/spec")).put("replicas", "three");
        assertThat(schemas.validate(misspelt)).isNotEmpty();
        assertThat(schemas.validate(mistyped)).isNotEmpty();

        ObjectNode cluster = Repository.render(overlay).stream()
                .filter(m -> m.path("kind").asText().equals("Cluster")).findFirst().orElseThrow().deepCopy();
        ((ObjectNode) cluster.at("/spec")).put("instance", 3);
        assertThat(schemas.validate(cluster)).isNotEmpty();
    }
}
