package org.county.staffing.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.county.staffing.infra.testing.OpenApiRequestContract;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The service's OpenAPI document marks required bodies and fields and lists every enum's values as the service checks them. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
class OpenApiTruthTest extends OpenApiRequestContract {

    @Override
    protected String rootPackage() {
        return "org.county.staffing.rotation";
    }

    @Test
    void idsAreUuidsAndAYearsStatisticsNeedTheYear() {
        JsonNode paths = openApi().path("paths");
        assertThat(parameters(paths, "/communities/{id}/shared-teachers", "post").get("id").path("schema")
                .path("format").asText()).isEqualTo("uuid");
        assertThat(parameters(paths, "/rounds/{id}", "get").get("id").path("schema").path("format").asText())
                .isEqualTo("uuid");
        assertThat(parameters(paths, "/teachers/{teacherId}/moves", "get").get("teacherId").path("schema")
                .path("format").asText()).isEqualTo("uuid");
        for (String path : new String[] {"/communities/stats", "/communities/{id}/stats", "/exemptions"}) {
            JsonNode year = parameters(paths, path, "get").get("schoolYear");
            assertThat(year.path("required").asBoolean()).as(path).isTrue();
            assertThat(year.path("schema").path("pattern").asText()).as(path).isNotEmpty();
        }
        assertThat(parameters(paths, "/communities/{id}/shared-teachers", "get").get("schoolYear").path("required")
                .asBoolean()).isFalse();
    }

    private static Map<String, JsonNode> parameters(JsonNode paths, String path, String verb) {
        Map<String, JsonNode> byName = new HashMap<>();
        paths.path(path).path(verb).path("parameters").forEach(p -> byName.put(p.path("name").asText(), p));
        return byName;
    }
}
