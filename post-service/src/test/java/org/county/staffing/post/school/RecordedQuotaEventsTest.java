package org.county.staffing.post.school;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.post.Fixtures.hr;
import static org.hamcrest.Matchers.equalTo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.county.staffing.post.Fixtures;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The read model follows quota-service's events as its outbox puts them on {@code quota.events}:
 * {@code recorded/quota-events.jsonl} holds one structured CloudEvent per line (registrations, a
 * pool entry, a verification, a transfer, a merger, an adjustment, another county's school, an
 * event type this service ignores). A recording of the real service can replace the file.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "post"))
class RecordedQuotaEventsTest {

    static List<byte[]> recording() throws IOException {
        List<byte[]> lines = new ArrayList<>();
        try (InputStream in = RecordedQuotaEventsTest.class.getResourceAsStream("/recorded/quota-events.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return lines;
    }

    @Test
    void theQuotaReadModelFollowsQuotaServicesRecordedEvents() throws IOException {
        List<byte[]> recording = recording();
        assertThat(recording).hasSizeGreaterThan(10);
        for (byte[] value : recording) {
            CloudEvent event = CloudEventCodec.decode(value);
            TopicRecords.shared().send("quota.events", event.subject(), value,
                    Map.of("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE));
        }

        Fixtures.awaitQuota("1137068301", 118);
        Fixtures.awaitQuota("1137068302", 59);
        Fixtures.awaitQuota("1137068303", 29);
        Fixtures.awaitQuota("1137068304", 0);

        JsonNode merged = Fixtures.summary("1137068304");
        assertThat(merged.path("schoolStatus").asText()).isEqualTo("MERGED");
        assertThat(merged.path("schoolName").asText()).isEqualTo("后岭村小学");
        given().auth().oauth2(hr()).contentType(ContentType.JSON)
                .body(Map.of("category", "TEACHING", "subject", "CHINESE", "count", 1))
                .post("/schools/1137068304/posts").then().statusCode(409).body("rule", equalTo("SCHOOL_ACTIVE"));

        // the town school's quota covers new posts: 59 fit, the 60th does not
        given().auth().oauth2(hr()).contentType(ContentType.JSON)
                .body(Map.of("category", "TEACHING", "subject", "MATHEMATICS", "count", 60))
                .post("/schools/1137068302/posts").then().statusCode(409).body("rule", equalTo("POSTS_WITHIN_QUOTA"));
        given().auth().oauth2(hr()).contentType(ContentType.JSON)
                .body(Map.of("category", "TEACHING", "subject", "MATHEMATICS", "count", 59))
                .post("/schools/1137068302/posts").then().statusCode(201);

        // another county's school is not this county's, and that county sees it with its own quota
        given().auth().oauth2(hr()).get("/schools/1137060201/post-summary").then().statusCode(404)
                .body("rule", equalTo("SCHOOL_REGISTERED"));
        given().auth().oauth2(TestTokens.user("renshe-zhifu").role("hr").county("370602").token())
                .get("/schools/1137060201/post-summary").then().statusCode(200).body("quota", equalTo(8));
    }
}
