package org.county.staffing.post;

import org.county.staffing.infra.testing.OpenApiRequestContract;
import org.county.staffing.infra.testing.ServiceTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** post-service's OpenAPI document declares the required fields and enum values its request bodies are checked for. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class OpenApiTruthTest extends OpenApiRequestContract {

    @Override
    protected String rootPackage() {
        return "org.county.staffing.post";
    }
}
