package org.county.staffing.post;

import java.util.Map;
import java.util.UUID;

import org.county.staffing.infra.testing.RoleMatrix;
import org.county.staffing.infra.testing.RoleMatrixContract;
import org.county.staffing.infra.testing.ServiceTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class RoleMatrixTest extends RoleMatrixContract {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("schoolId", "1137068301", "id", UUID.randomUUID().toString());
    }

    @Override
    protected Object sampleBody(RoleMatrix.Entry entry) {
        if (entry.path().endsWith("/decision")) {
            return Map.of("decision", "APPROVE");
        }
        if (entry.path().endsWith("/posts")) {
            return Map.of("category", "TEACHING", "subject", "MATHEMATICS", "count", 1);
        }
        return Map.of();
    }
}
