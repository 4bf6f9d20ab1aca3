package org.county.staffing.backbone;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.testapp.SampleResource;
import org.county.staffing.backbone.testapp.WidgetResource;
import org.county.staffing.infra.testing.OpenApiRequestContract;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The test kit's OpenAPI contract on the backbone's test application, and what it finds in a document that lies. */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
class OpenApiTruthTest extends OpenApiRequestContract {

    @Override
    protected String rootPackage() {
        return "org.county.staffing.backbone.testapp";
    }

    @Override
    protected List<Class<?>> resources() {
        return resourcesUnder(Path.of("target", "test-classes"), rootPackage());
    }

    @Test
    void pagingIsDocumentedAsIntegersWithTheirBounds() throws Exception {
        JsonNode parameters = new ObjectMapper().readTree(given().accept("application/json")
                        .get("/q/openapi?format=json").then().statusCode(200).extract().asString())
                .path("paths").path("/widgets/filters").path("get").path("parameters");
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        parameters.forEach(p -> byName.put(p.path("name").asText(), p.path("schema")));
        assertThat(byName.get("page").path("type").asText()).isEqualTo("integer");
        assertThat(byName.get("page").path("minimum").asInt()).isZero();
        assertThat(byName.get("size").path("type").asText()).isEqualTo("integer");
        assertThat(byName.get("size").path("minimum").asInt()).isEqualTo(1);
        assertThat(byName.get("size").path("maximum").asInt()).isEqualTo(500);
        assertThat(byName.get("dryRun").path("type").asText()).isEqualTo("boolean");
    }

    @Test
    void aDocumentThatLeavesOutRequiredFieldsEnumValuesAndFormatsIsCaught() throws Exception {
        String lying = """
                {"paths": {
                  "/widgets": {"post": {"requestBody": {"required": true,
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewWidget"}}}}},
                    "get": {"parameters": [{"name": "shape", "in": "query", "schema": {"type": "string"}},
                                     {"name": "owner", "in": "query", "schema": {"type": "string", "format": "uuid"}}]}},
                  "/widgets/{id}/name": {"put": {
                      "parameters": [{"name": "id", "in": "path", "schema": {"type": "string", "format": "uuid"}}],
                      "requestBody": {"required": true,
                      "content": {"application/json": {"schema": {"type": "object", "required": ["name"],
                        "properties": {"name": {"type": "string"}}}}}}}},
                  "/widgets/{id}": {"get": {
                      "parameters": [{"name": "id", "in": "path", "schema": {"type": "string"}}]}},
                  "/samples": {"post": {"requestBody": {
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sample"}}}}}}},
                 "components": {"schemas": {
                   "NewWidget": {"type": "object", "required": ["name"],
                     "properties": {"name": {"type": "string"}, "size": {"type": "integer"}, "failAfterEvent": {"type": "boolean"}}},
                   "Sample": {"type": "object", "properties": {
                     "count": {}, "small": {}, "big": {}, "amount": {}, "flag": {}, "late": {}, "on": {"type": "string"},
                     "at": {"type": "string", "format": "date-time"}, "name": {},
                     "shape": {"type": "string", "enum": ["ROUND"]}, "tags": {}, "parts": {"type": "array", "items": {"type": "object",
                       "properties": {"label": {}, "size": {}}}}, "extra": {}, "free": {},
                     "ref": {"type": "string", "format": "uuid"}}}}}}
                """;
        Map<String, List<String>> found = check(new ObjectMapper().readTree(lying),
                List.of(WidgetResource.class, SampleResource.class));
        assertThat(found.get("POST /widgets")).singleElement().asString().contains("'size'").contains("required");
        assertThat(found.get("PUT /widgets/{id}/name")).isEmpty();
        assertThat(found.get("POST /samples")).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("'shape'").contains("[ROUND, SQUARE]"))
                .anySatisfy(p -> assertThat(p).contains("'on'").contains("no format").contains("'date'"));
        assertThat(found.get("GET /widgets/{id}")).singleElement().asString()
                .contains("path parameter 'id'").contains("'uuid'");
        assertThat(found.get("GET /widgets")).singleElement().asString()
                .contains("query parameter 'shape'").contains("[ROUND, SQUARE]");
        assertThat(found.get("GET /widgets/filters")).singleElement().asString()
                .contains("missing from the document");
    }
}
