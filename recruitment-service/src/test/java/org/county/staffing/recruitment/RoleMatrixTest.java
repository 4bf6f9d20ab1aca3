package org.county.staffing.recruitment;

import java.util.Map;

import org.county.staffing.infra.testing.RoleMatrixContract;
import org.county.staffing.infra.testing.ServiceTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "recruitment"))
class RoleMatrixTest extends RoleMatrixContract {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("id", "7d0c3f4e-1111-4c2b-9a53-2f0e6a1b2c3d", "applicationId", "5b1e2d3c-2222-4d5e-8f60-718293a4b5c6");
    }
}
