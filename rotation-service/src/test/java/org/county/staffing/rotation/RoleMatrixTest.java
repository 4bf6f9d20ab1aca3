package org.county.staffing.rotation;

import java.util.Map;

import org.county.staffing.infra.testing.RoleMatrixContract;
import org.county.staffing.infra.testing.ServiceTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "rotation"))
class RoleMatrixTest extends RoleMatrixContract {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of("teacherId", "5a0f1f36-7a43-4a43-9d54-2a3f7c1e0b11", "schoolYear", "2026-2027",
                "schoolId", "1137068301", "id", "0c7e6a55-1d0b-4c8e-9a9b-3d9c1f2e4a77",
                "moveId", "9b2d3c4e-5f60-4718-8293-a4b5c6d7e8f9");
    }
}
