package org.county.staffing.audit.catchup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.county.staffing.audit.support.AuditDatabase;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Nothing is lost while audit-service is down: on start it reads on from the topics. */
@QuarkusTest
@TestProfile(CatchUpProfile.class)
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class CatchUpTest {

    @Test
    void eventsPublishedWhileTheServiceWasDownAreAllRecordedOnceAndTheChainHolds() {
        String county = System.getProperty(EventsPublishedWhileDown.COUNTY);
        List<String> ids = List.of(System.getProperty(EventsPublishedWhileDown.IDS).split(","));
        assertThat(ids).hasSize(8);

        AuditDatabase.awaitStored(ids);
        assertThat(AuditDatabase.count("select count(*) from audit_record where county_id = ?", county)).isEqualTo(8);
        String auditor = TestTokens.user("jijian").role("auditor").county(county).token();
        given().auth().oauth2(auditor).get("/audit/verify")
                .then().statusCode(200).body("status", equalTo("OK")).body("checked", equalTo(8));
        given().auth().oauth2(auditor).get("/audit/stats")
                .then().statusCode(200).body("total", equalTo(8)).body("types.size()", equalTo(8));
    }
}
