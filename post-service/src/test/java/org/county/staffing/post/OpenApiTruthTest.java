package org.county.staffing.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.county.staffing.infra.testing.OpenApiRequestContract;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * post-service's OpenAPI document says what the service checks: the contract's required fields and
 * enum values of every request body, and here the parameters' types, formats, patterns, enums and
 * bounds, so that a client generated from the document sends what the service accepts.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class OpenApiTruthTest extends OpenApiRequestContract {

    @Override
    protected String rootPackage() {
        return "org.county.staffing.post";
    }

    JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    static JsonNode resolve(JsonNode document, JsonNode schema) {
        for (int i = 0; i < 5 && schema.has("$ref"); i++) {
            JsonNode target = document;
            for (String step : schema.get("$ref").asText().replaceFirst("^#/", "").split("/")) {
                target = target.path(step);
            }
            schema = target;
        }
        if (schema.has("allOf") && !schema.has("type") && !schema.has("enum")) {
            return resolve(document, schema.get("allOf").get(0));
        }
        return schema;
    }

    static JsonNode parameter(JsonNode document, String path, String verb, String name) {
        for (JsonNode p : document.path("paths").path(path).path(verb).path("parameters")) {
            if (name.equals(p.path("name").asText())) {
                return resolve(document, p.path("schema"));
            }
        }
        throw new AssertionError("no parameter " + name + " on " + verb + " " + path);
    }

    static JsonNode body(JsonNode document, String path, String verb) {
        JsonNode requestBody = document.path("paths").path(path).path(verb).path("requestBody");
        return resolve(document, requestBody.path("content").path("application/json").path("schema"));
    }

    static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void parametersAreDocumentedWithTheirTypesFormatsAndValues() throws Exception {
        JsonNode doc = document();
        assertThat(parameter(doc, "/schools/{schoolId}/posts", "get", "schoolId").path("pattern").asText()).isEqualTo("\\d{10}");
        assertThat(values(parameter(doc, "/schools/{schoolId}/posts", "get", "status").path("enum")))
                .containsExactlyInAnyOrder("VACANT", "OCCUPIED", "FROZEN", "ABOLISHED");
        assertThat(values(parameter(doc, "/schools/{schoolId}/posts", "get", "category").path("enum")))
                .containsExactlyInAnyOrder("TEACHING", "MANAGEMENT", "SUPPORT");
        assertThat(parameter(doc, "/posts/{id}", "get", "id").path("format").asText()).isEqualTo("uuid");
        assertThat(parameter(doc, "/post-summaries", "get", "overEstablished").path("type").asText()).isEqualTo("boolean");
        assertThat(values(parameter(doc, "/vacancies", "get", "location").path("enum")))
                .containsExactlyInAnyOrder("URBAN", "TOWN", "RURAL");
        assertThat(values(parameter(doc, "/plans", "get", "status").path("enum")))
                .containsExactlyInAnyOrder("PENDING", "APPROVED", "REJECTED", "SUPERSEDED", "EXECUTED");
        JsonNode schoolYear = parameter(doc, "/plans", "get", "schoolYear");
        assertThat(schoolYear.path("type").asText()).isEqualTo("string");
        assertThat(schoolYear.path("pattern").asText()).isEqualTo("^[0-9]{4}-[0-9]{4}$");
        assertThat(parameter(doc, "/posts/{id}", "delete", "reason").path("maxLength").asInt()).isEqualTo(500);
        assertThat(values(parameter(doc, "/province/posts", "get", "sort").path("enum"))).containsExactlyInAnyOrder(
                "COUNTY", "SCHOOLS", "QUOTA", "ESTABLISHED", "OCCUPIED", "VACANT", "FROZEN");
        assertThat(values(parameter(doc, "/province/posts", "get", "order").path("enum"))).containsExactlyInAnyOrder("ASC", "DESC");
        assertThat(parameter(doc, "/province/posts", "get", "page").path("minimum").asInt()).isZero();
        assertThat(parameter(doc, "/province/posts", "get", "size").path("maximum").asInt()).isEqualTo(500);
    }

    @Test
    void requestBodiesAreDocumentedWithTheirBounds() throws Exception {
        JsonNode doc = document();
        JsonNode create = body(doc, "/schools/{schoolId}/posts", "post");
        assertThat(values(create.path("required"))).contains("category", "count");
        JsonNode count = resolve(doc, create.path("properties").path("count"));
        assertThat(count.path("minimum").asInt()).isEqualTo(1);
        assertThat(count.path("maximum").asInt()).isEqualTo(500);
        assertThat(resolve(doc, create.path("properties").path("reason")).path("maxLength").asInt()).isEqualTo(500);

        // freeze and unfreeze take an optional body with a reason
        for (String action : List.of("/posts/{id}/freeze", "/posts/{id}/unfreeze")) {
            assertThat(doc.path("paths").path(action).path("post").path("requestBody").path("required").asBoolean(false))
                    .as(action).isFalse();
            assertThat(resolve(doc, body(doc, action, "post").path("properties").path("reason")).path("maxLength").asInt())
                    .as(action).isEqualTo(500);
        }

        JsonNode decision = body(doc, "/plans/{id}/decision", "post");
        assertThat(values(decision.path("required"))).contains("decision");
        assertThat(resolve(doc, decision.path("properties").path("version")).path("minimum").asInt()).isEqualTo(1);
        assertThat(resolve(doc, decision.path("properties").path("reasons")).path("maxItems").asInt()).isEqualTo(50);
    }
}
