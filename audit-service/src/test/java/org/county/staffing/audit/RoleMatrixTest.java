package org.county.staffing.audit;

import java.util.Map;

import org.county.staffing.infra.testing.RoleMatrixContract;
import org.county.staffing.infra.testing.ServiceTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class RoleMatrixTest extends RoleMatrixContract {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("eventId", "7d9c2f7e-2a51-4c1e-9a55-0f3f3c2b8e11", "subject", "1137068301");
    }
}
