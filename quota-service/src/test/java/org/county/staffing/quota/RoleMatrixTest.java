package org.county.staffing.quota;

import java.util.Map;

import org.county.staffing.infra.testing.RoleMatrixContract;
import org.county.staffing.infra.testing.ServiceTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "quota"))
class RoleMatrixTest extends RoleMatrixContract {

    @Override
    protected Map<String, String> pathValues() {
        return Map.of(
                "id", "1137068301",
                "schoolYear", "2026-2027",
                "stage", "PRIMARY",
                "pool", "K12",
                "verificationId", "00000000-0000-0000-0000-000000000001",
                "inspectionId", "00000000-0000-0000-0000-000000000002",
                "findingId", "00000000-0000-0000-0000-000000000003",
                "planId", "00000000-0000-0000-0000-000000000004");
    }
}
