package org.county.staffing.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.testapp.SampleResource;
import org.county.staffing.backbone.testapp.WidgetResource;
import org.county.staffing.infra.testing.OpenApiRequestContract;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

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
    void aDocumentThatLeavesOutRequiredFieldsAndEnumValuesIsCaught() throws Exception {
        String lying = """
                {"paths": {
                  "/widgets": {"post": {"requestBody": {"required": true,
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewWidget"}}}}}},
                  "/widgets/{id}/name": {"put": {"requestBody": {"required": true,
                      "content": {"application/json": {"schema": {"type": "object", "required": ["name"],
                        "properties": {"name": {"type": "string"}}}}}}}},
                  "/samples": {"post": {"requestBody": {
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sample"}}}}}}},
                 "components": {"schemas": {
                   "NewWidget": {"type": "object", "required": ["name"],
                     "properties": {"name": {"type": "string"}, "size": {"type": "integer"}, "failAfterEvent": {"type": "boolean"}}},
                   "Sample": {"type": "object", "properties": {
                     "count": {}, "small": {}, "big": {}, "amount": {}, "flag": {}, "late": {}, "on": {}, "at": {}, "name": {},
                     "shape": {"type": "string", "enum": ["ROUND"]}, "tags": {}, "parts": {"type": "array", "items": {"type": "object",
                       "properties": {"label": {}, "size": {}}}}, "extra": {}, "free": {}}}}}}
                """;
        Map<String, List<String>> found = check(new ObjectMapper().readTree(lying),
                List.of(WidgetResource.class, SampleResource.class));
        assertThat(found.get("POST /widgets")).singleElement().asString().contains("'size'").contains("required");
        assertThat(found.get("PUT /widgets/{id}/name")).isEmpty();
        assertThat(found.get("POST /samples")).singleElement().asString()
                .contains("'shape'").contains("[ROUND, SQUARE]");
    }
}
