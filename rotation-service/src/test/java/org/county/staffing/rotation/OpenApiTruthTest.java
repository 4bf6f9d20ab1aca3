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
        JsonNode doc = openApi();
        JsonNode paths = doc.path("paths");
        String[][] uuids = {{"/communities/{id}/shared-teachers", "post", "id"}, {"/communities/{id}", "get", "id"},
                {"/rounds/{id}", "get", "id"}, {"/rounds/{id}/proposal", "post", "id"},
                {"/rotations/{moveId}/return", "post", "moveId"}, {"/teachers/{teacherId}/moves", "get", "teacherId"},
                {"/teachers/{teacherId}/evaluations", "get", "teacherId"},
                {"/teachers/{teacherId}/evaluations/{schoolYear}", "put", "teacherId"}};
        for (String[] p : uuids) {
            assertThat(schema(doc, parameters(paths, p[0], p[1]).get(p[2])).path("format").asText()).as(p[0]).isEqualTo("uuid");
        }
        for (String path : new String[] {"/communities/stats", "/communities/{id}/stats", "/exemptions"}) {
            JsonNode year = parameters(paths, path, "get").get("schoolYear");
            assertThat(year.path("required").asBoolean()).as(path).isTrue();
            assertThat(schema(doc, year).path("pattern").asText()).as(path).isNotEmpty();
        }
        for (String[] p : new String[][] {{"/rounds/{schoolYear}/due", "get"}, {"/schools/{schoolId}/evaluations/{schoolYear}", "put"}}) {
            assertThat(schema(doc, parameters(paths, p[0], p[1]).get("schoolYear")).path("pattern").asText()).as(p[0]).isNotEmpty();
        }
        assertThat(parameters(paths, "/communities/{id}/shared-teachers", "get").get("schoolYear").path("required")
                .asBoolean()).isFalse();
        assertThat(schema(doc, parameters(paths, "/schools/{schoolId}/staffing", "get").get("schoolId")).path("pattern")
                .asText()).isNotEmpty();
    }

    /** A parameter's schema, followed through {@code $ref}s into the components. */
    private static JsonNode schema(JsonNode doc, JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        for (int i = 0; i < 5 && schema.has("$ref"); i++) {
            JsonNode target = doc;
            for (String step : schema.get("$ref").asText().replaceFirst("^#/", "").split("/")) {
                target = target.path(step);
            }
            schema = target;
        }
        return schema;
    }

    private static Map<String, JsonNode> parameters(JsonNode paths, String path, String verb) {
        Map<String, JsonNode> byName = new HashMap<>();
        paths.path(path).path(verb).path("parameters").forEach(p -> byName.put(p.path("name").asText(), p));
        return byName;
    }
}
