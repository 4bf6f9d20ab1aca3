package org.county.staffing.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/** The backbone across real service processes: one committed change, one event, each follower's inbox once. */
class EventFlowAcrossServicesTest {

    private final CrossServicePlatform platform = CrossServicePlatform.get();

    @Test
    void aSchoolRegisteredByTheStaffingOfficeReachesEveryFollowingServiceExactlyOnce() {
        String schoolId = "19" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        given().auth().oauth2(platform.token("bianban")).contentType(ContentType.JSON)
                .body(Map.of("id", schoolId, "name", "跨服务测试学校", "kind", "SCHOOL", "stages", List.of("PRIMARY", "JUNIOR"),
                        "location", "RURAL", "district", "沙河学区"))
                .post(platform.url("quota") + "/schools")
                .then().statusCode(201);

        assertThat(platform.count("quota", "select count(*) from outbox_event where aggregate_id = ? and event_type = ?",
                schoolId, "quota.school.registered.v1")).isEqualTo(1);
        String eventId = platform.string("quota", "select event_id::text from outbox_event where aggregate_id = ?", schoolId);

        for (String follower : List.of("post", "recruitment", "rotation", "audit")) {
            await(follower).atMost(Duration.ofSeconds(60)).until(() ->
                    platform.count(follower, "select count(*) from inbox_event where event_id = ?", eventId) == 1);
        }
        assertThat(platform.count("quota", "select count(*) from outbox_event where aggregate_id = ? and published_at is not null", schoolId))
                .as("the relay marked the row published once").isEqualTo(1);
    }
}
