package org.county.staffing.quota;

import static org.assertj.core.api.Assertions.assertThat;

import org.county.staffing.infra.testing.OpenApiRequestContract;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document of quota-service says which body fields are required and which values enums take. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class OpenApiTruthTest extends OpenApiRequestContract {

    @Override
    protected String rootPackage() {
        return "org.county.staffing.quota";
    }

    @Test
    void anEnrollmentReportIsDocumentedAsCountsPerStageNotAsAJsonTree() {
        JsonNode document = openApi();
        JsonNode body = document.path("paths").path("/schools/{id}/enrollment/{schoolYear}").path("put").path("requestBody");
        assertThat(body.path("required").asBoolean()).isTrue();
        JsonNode schema = body.path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        assertThat(schema.path("properties").path("PRIMARY").path("type").asText()).isEqualTo("integer");
        assertThat(schema.path("properties").path("PRIMARY").path("minimum").asInt()).isZero();
        assertThat(schema.path("properties").path("PRIMARY").path("maximum").asInt()).isEqualTo(100_000);
        assertThat(schema.path("properties").path("classes").path("type").asText()).isEqualTo("object");
        assertThat(schema.path("properties").has("nodeType")).as("no JsonNode internals: " + schema).isFalse();
        assertThat(schema.path("properties").has("fields")).as(schema.toString()).isFalse();
    }

    @Test
    void anInspectionsScopeIsARequiredBody() {
        assertThat(openApi().path("paths").path("/inspections").path("post").path("requestBody").path("required").asBoolean())
                .isTrue();
    }

    @Test
    void aSchoolYearInThePathIsDocumentedAsTextWithItsPattern() {
        JsonNode document = openApi();
        JsonNode parameter = null;
        for (JsonNode p : document.path("paths").path("/schools/{id}/enrollment/{schoolYear}").path("put").path("parameters")) {
            if ("schoolYear".equals(p.path("name").asText())) {
                parameter = p;
            }
        }
        assertThat(parameter).as("the schoolYear path parameter is documented").isNotNull();
        JsonNode schema = parameter.path("schema");
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        assertThat(schema.path("type").asText()).as(schema.toString()).isEqualTo("string");
        assertThat(schema.path("pattern").asText()).isEqualTo("^[0-9]{4}-[0-9]{4}$");
        assertThat(schema.has("properties")).as("not the record's fields: " + schema).isFalse();
    }
}
