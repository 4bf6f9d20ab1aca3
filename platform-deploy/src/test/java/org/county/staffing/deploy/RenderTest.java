package org.county.staffing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Both overlays render; where kubectl is installed, its kustomize renders exactly the same objects. */
class RenderTest {

    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void the_overlay_renders_each_object_once_in_the_namespace(String overlay) throws IOException {
        List<ObjectNode> manifests = Repository.render(overlay);
        Map<String, Long> counts = manifests.stream().collect(Collectors.groupingBy(RenderTest::key, Collectors.counting()));
        assertThat(counts).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        assertThat(manifests).filteredOn(m -> !m.path("kind").asText().equals("Namespace"))
                .allSatisfy(m -> assertThat(m.path("metadata").path("namespace").asText()).isEqualTo("county-staffing"));
    }

    @Test
    void the_county_runs_one_of_everything_and_the_province_three() throws IOException {
        Map<String, ObjectNode> county = byKey(Repository.render("county"));
        Map<String, ObjectNode> province = byKey(Repository.render("province"));
        for (String service : CrossCheck.WORKLOADS) {
            assertThat(county.get("Deployment/" + service).at("/spec/replicas").asInt()).isEqualTo(1);
            assertThat(province.get("Deployment/" + service).at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(province).containsKeys("HorizontalPodAutoscaler/" + service, "PodDisruptionBudget/" + service);
            assertThat(province.get("Deployment/" + service).at("/spec/template/spec/topologySpreadConstraints").size()).isEqualTo(2);
            assertThat(county).doesNotContainKeys("HorizontalPodAutoscaler/" + service, "PodDisruptionBudget/" + service);
        }
        province.values().stream().filter(m -> m.path("kind").asText().equals("Cluster")).forEach(cluster -> {
            assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
            assertThat(cluster.at("/spec/postgresql/synchronous/number").asInt()).isEqualTo(1);
        });
        county.values().stream().filter(m -> m.path("kind").asText().equals("Cluster"))
                .forEach(cluster -> assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(1));
        province.values().stream().filter(m -> m.path("kind").asText().equals("KafkaNodePool"))
                .forEach(pool -> assertThat(pool.at("/spec/replicas").asInt()).isEqualTo(3));
        province.values().stream().filter(m -> m.path("kind").asText().equals("KafkaTopic")).forEach(topic -> {
            assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(3);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(2);
        });
        county.values().stream().filter(m -> m.path("kind").asText().equals("KafkaTopic"))
                .forEach(topic -> assertThat(topic.at("/spec/replicas").asInt()).isEqualTo(1));
    }

    /** kubectl's built-in kustomize, where it is installed; nothing is downloaded. */
    @ParameterizedTest
    @ValueSource(strings = {"county", "province"})
    void kubectl_kustomize_renders_the_same_objects(String overlay) throws Exception {
        String kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not installed: rendered with the Java renderer only");
        Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Process process = new ProcessBuilder(kubectl, "kustomize", Repository.KUBERNETES.resolve("overlays").resolve(overlay).toString())
                .redirectOutput(out.toFile()).redirectErrorStream(false).start();
        assumeTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertThat(process.exitValue()).as(new String(process.getErrorStream().readAllBytes())).isZero();
        Map<String, ObjectNode> theirs = byKey(Kustomize.readAll(out));
        Map<String, ObjectNode> ours = byKey(Repository.render(overlay));
        assertThat(theirs.keySet()).containsExactlyInAnyOrderElementsOf(ours.keySet());
        ours.forEach((key, object) -> assertThat((JsonNode) theirs.get(key)).as(key).isEqualTo(object));
        Files.deleteIfExists(out);
    }

    static Map<String, ObjectNode> byKey(List<ObjectNode> objects) {
        return objects.stream().collect(Collectors.toMap(RenderTest::key, Function.identity(), (a, b) -> a, HashMap::new));
    }

    static String key(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, program);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }
}
