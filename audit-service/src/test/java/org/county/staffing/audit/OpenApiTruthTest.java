package org.county.staffing.audit;

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

/**
 * The service's OpenAPI document marks required bodies and fields and lists every enum's values as the
 * service checks them (the audit log has no request bodies: nothing writes to it), and documents the
 * paging of its lists as the integers and bounds the service enforces.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class OpenApiTruthTest extends OpenApiRequestContract {

    @Override
    protected String rootPackage() {
        return "org.county.staffing.audit";
    }

    @Test
    void pagingIsDocumentedAsIntegersWithTheirBounds() {
        JsonNode paths = openApi().path("paths");
        for (String path : new String[] {"/audit/events", "/audit/timeline/{subject}"}) {
            Map<String, JsonNode> byName = new HashMap<>();
            paths.path(path).path("get").path("parameters").forEach(p -> byName.put(p.path("name").asText(), p.path("schema")));
            assertThat(byName.get("page").path("type").asText()).as(path).isEqualTo("integer");
            assertThat(byName.get("page").path("minimum").asInt()).as(path).isZero();
            assertThat(byName.get("size").path("type").asText()).as(path).isEqualTo("integer");
            assertThat(byName.get("size").path("minimum").asInt()).as(path).isEqualTo(1);
            assertThat(byName.get("size").path("maximum").asInt()).as(path).isEqualTo(500);
        }
    }

    @Test
    void anExportsPeriodIsRequired() {
        // the export refuses a request without from or to (PERIOD_REQUIRED); a client generated from the
        // document must know it
        Map<String, JsonNode> byName = new HashMap<>();
        openApi().path("paths").path("/audit/export").path("get").path("parameters")
                .forEach(p -> byName.put(p.path("name").asText(), p));
        assertThat(byName.get("from").path("required").asBoolean()).isTrue();
        assertThat(byName.get("to").path("required").asBoolean()).isTrue();
        assertThat(byName.get("format").path("required").asBoolean()).isFalse();
    }
}
