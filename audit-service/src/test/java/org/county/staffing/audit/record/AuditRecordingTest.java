package org.county.staffing.audit.record;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.county.staffing.audit.support.PlatformEvents.at;
import static org.county.staffing.audit.support.PlatformEvents.event;
import static org.county.staffing.audit.support.PlatformEvents.newCounty;
import static org.county.staffing.audit.support.PlatformEvents.uuid;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.Map;

import org.county.staffing.audit.support.AuditDatabase;
import org.county.staffing.audit.support.PlatformEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.county.staffing.infra.testing.TopicRecords;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Recording from the real topics, and the chain that shows any later change, on the real database. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AuditRecordingTest {

    static String auditor(String county) {
        return TestTokens.user("jijian").role("auditor").county(county).token();
    }

    /** Three events of one county, one school, stored; returns them in chain order. */
    static List<CloudEvent> threeStoredEvents(String county) {
        String school = PlatformEvents.newSchoolId();
        List<CloudEvent> events = List.of(
                event("quota.school.registered.v1", school, county, "staffing-office:bianban", "c-1", null, at(1, 1),
                        Map.of("schoolId", school, "name", "城关小学")),
                event("quota.enrollment.reported.v1", school, county, "staffing-office:bianban", "c-2", null, at(1, 2),
                        Map.of("schoolId", school, "schoolYear", "2026-2027", "students", Map.of("PRIMARY", 812))),
                event("quota.allocation.changed.v1", school, county, "staffing-office:bianban", "c-3", null, at(1, 3),
                        Map.of("schoolId", school, "kind", "ADJUSTMENT", "delta", 2, "balance", 45, "reason", "enrollment grew")));
        PlatformEvents.publish(events);
        AuditDatabase.awaitStored(events.stream().map(CloudEvent::id).toList());
        return events;
    }

    static JsonPath verify(String county) {
        return given().auth().oauth2(auditor(county)).get("/audit/verify")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyEventOfTheFourTopicsIsStoredOnceWithItsWholeEnvelope() {
        String county = newCounty();
        String teacher = uuid();
        CloudEvent quota = event("quota.plan.decided.v1", uuid(), county, "staffing-office:bianban", "corr-q", null, at(2, 1),
                Map.of("decision", "APPROVE", "version", 1));
        CloudEvent post = event("post.post.established.v1", uuid(), county, "hr:renshe", "corr-p", null, at(2, 2),
                Map.of("category", "TEACHING", "subject", "MATHEMATICS", "level", "FIRST", "status", "VACANT"));
        CloudEvent recruitment = event("recruitment.teacher.appointed.v1", teacher, county, "education-bureau:jiaoyuju",
                "corr-r", post.id(), at(2, 3), Map.of("teacherId", teacher, "postId", post.subject(), "source", "DIRECT"));
        CloudEvent rotation = event("rotation.evaluation.recorded.v1", teacher, county, "school:xiaozhang", "corr-e", null,
                at(2, 4), Map.of("teacherId", teacher, "grade", "EXCELLENT", "score", 93.5, "version", 1));
        // the same event delivered twice, then a later one of the same subject (so it is handled after both copies)
        CloudEvent later = event("rotation.move.started.v1", teacher, county, "system:rotation-service", "corr-e", rotation.id(),
                at(2, 5), Map.of("teacherId", teacher, "form", "SUPPORT_TEACHING"));
        PlatformEvents.publish(quota, post, recruitment, rotation, rotation, later);
        List<String> ids = List.of(quota.id(), post.id(), recruitment.id(), rotation.id(), later.id());
        AuditDatabase.awaitStored(ids);

        assertThat(AuditDatabase.count("select count(*) from audit_record where county_id = ?", county)).isEqualTo(5);
        JsonPath record = given().auth().oauth2(auditor(county)).get("/audit/events/" + recruitment.id())
                .then().statusCode(200).extract().jsonPath();
        assertThat(record.getString("type")).isEqualTo("recruitment.teacher.appointed.v1");
        assertThat(record.getString("source")).isEqualTo("/recruitment-service");
        assertThat(record.getString("subject")).isEqualTo(teacher);
        assertThat(record.getString("countyId")).isEqualTo(county);
        assertThat(record.getString("actor")).isEqualTo("education-bureau:jiaoyuju");
        assertThat(record.getString("correlationId")).isEqualTo("corr-r");
        assertThat(record.getString("causationId")).isEqualTo(post.id());
        assertThat(record.getString("time")).isEqualTo("2026-07-02T03:00:00Z");
        assertThat(record.getString("data.postId")).isEqualTo(post.subject());
        assertThat(record.getString("data.source")).isEqualTo("DIRECT");
        assertThat(record.getString("hash")).matches("[0-9a-f]{64}");
        assertThat(given().auth().oauth2(auditor(county)).get("/audit/events/" + rotation.id()).then().statusCode(200)
                .extract().jsonPath().getDouble("data.score")).isEqualTo(93.5);

        // one chain per county in arrival order: positions 1..5, each linked to the one before
        assertThat(AuditDatabase.count("select count(distinct chain_position) from audit_record where county_id = ? "
                + "and chain_position between 1 and 5", county)).isEqualTo(5);
        JsonPath report = verify(county);
        assertThat(report.getString("status")).isEqualTo("OK");
        assertThat(report.getLong("checked")).isEqualTo(5);
        assertThat(report.getLong("length")).isEqualTo(5);
    }

    @Test
    void aRecordThatIsNoEventIsDeadLetteredAndTheLogReadsOn() throws Exception {
        String county = newCounty();
        String key = "poison-" + uuid();
        Map<String, String> cloudEventsHeader = Map.of("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE);
        TopicRecords topics = TopicRecords.shared();
        topics.send("post.events", key, "{not json".getBytes(StandardCharsets.UTF_8), cloudEventsHeader);
        // an RFC 3339 time without seconds: the connector's own CloudEvents parser would stop the channel on it
        CloudEvent minuteOnly = event("post.post.frozen.v1", key, county, "hr:renshe", "c", null, at(4, 1),
                Map.of("reason", "inspection"));
        ObjectNode json = (ObjectNode) CloudEventCodec.mapper().readTree(CloudEventCodec.encode(minuteOnly));
        json.put("time", "2026-07-04T01:00Z");
        topics.send("post.events", key, CloudEventCodec.mapper().writeValueAsBytes(json), cloudEventsHeader);
        CloudEvent next = event("post.post.unfrozen.v1", key, county, "hr:renshe", "c", null, at(4, 2), Map.of("reason", "done"));
        PlatformEvents.publish(next);

        AuditDatabase.awaitStored(List.of(minuteOnly.id(), next.id()));
        List<ConsumerRecord<String, byte[]>> dead = topics.await("audit-service.dead-letter", r -> key.equals(r.key()), 1,
                AuditDatabase.WAIT, Duration.ZERO);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("not JSON");
        assertThat(verify(county).getLong("checked")).isEqualTo(2);
    }

    @Test
    void aWholeIdNumberInAnEventIsMaskedBeforeItIsHashedStoredShownOrLogged() {
        String county = newCounty();
        String teacher = uuid();
        String whole = "37068319900101123X";
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try {
            CloudEvent careless = event("recruitment.teacher.registered.v1", teacher, county, "education-bureau:jiaoyuju", "c",
                    null, at(3, 1), Map.of("teacherId", teacher, "name", "李老师", "idNumberMasked", "370683********123X",
                            "idNumber", whole, "note", "身份证 " + whole + " 已核验"));
            // a producer that keys its aggregate by the ID number itself
            CloudEvent keyedByIdNumber = event("recruitment.teacher.updated.v1", whole, county, "education-bureau:jiaoyuju",
                    "c", null, at(3, 2), Map.of("status", "ACTIVE"));
            PlatformEvents.publish(careless, keyedByIdNumber);
            AuditDatabase.awaitStored(List.of(careless.id(), keyedByIdNumber.id()));

            String anywhere = "%" + whole + "%";
            assertThat(AuditDatabase.count("select count(*) from audit_record where data::text like ? or subject like ? "
                    + "or actor like ? or mentions::text like ?", anywhere, anywhere, anywhere, anywhere)).isZero();
            assertThat(AuditDatabase.count("select count(*) from inbox_event where subject like ?", anywhere)).isZero();
            assertThat(AuditDatabase.count("select count(*) from inbox_event where event_id = ? and subject = ?",
                    keyedByIdNumber.id(), "370683********123X")).isEqualTo(1);
            String shown = given().auth().oauth2(auditor(county)).get("/audit/events/" + careless.id())
                    .then().statusCode(200)
                    .body("data.idNumber", equalTo("370683********123X"))
                    .body("data.note", equalTo("身份证 370683********123X 已核验"))
                    .body("data.name", equalTo("李老师"))
                    .extract().asString();
            assertThat(shown).doesNotContain(whole);
            String timeline = given().auth().oauth2(auditor(county)).get("/audit/timeline/370683********123X")
                    .then().statusCode(200).body("items[0].eventId", equalTo(keyedByIdNumber.id())).extract().asString();
            assertThat(timeline).doesNotContain(whole);
            String csv = given().auth().oauth2(auditor(county)).get("/audit/export?from=2026-07-01&to=2026-07-31")
                    .then().statusCode(200).extract().asString();
            assertThat(csv).contains("370683********123X").doesNotContain(whole);
            assertThat(verify(county).getString("status")).isEqualTo("OK");
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(whole));
    }

    @Test
    void theLogRefusesChangesThroughTheApplicationsOwnConnection() {
        String county = newCounty();
        List<CloudEvent> events = threeStoredEvents(county);
        assertThatThrownBy(() -> AuditDatabase.execute(
                "update audit_record set actor = 'staffing-office:someone-else' where event_id = '" + events.get(1).id() + "'"))
                .hasMessageContaining("AUDIT_APPEND_ONLY");
        assertThatThrownBy(() -> AuditDatabase.execute("delete from audit_record where county_id = '" + county + "'"))
                .hasMessageContaining("AUDIT_APPEND_ONLY");
        assertThat(verify(county).getString("status")).isEqualTo("OK");
    }

    @Test
    void aRowEditedDirectlyInTheDatabaseIsFound() {
        String county = newCounty();
        List<CloudEvent> events = threeStoredEvents(county);
        assertThat(verify(county).getString("status")).isEqualTo("OK");

        // the table owner switches the guard off, edits, and switches it on again
        AuditDatabase.execute(
                "alter table audit_record disable trigger audit_record_no_change",
                "update audit_record set data = jsonb_set(data, '{delta}', '20') where event_id = '" + events.get(2).id() + "'",
                "alter table audit_record enable trigger audit_record_no_change");

        JsonPath report = verify(county);
        assertThat(report.getString("status")).isEqualTo("BROKEN");
        assertThat(report.getLong("broken.chainPosition")).isEqualTo(3);
        assertThat(report.getString("broken.eventId")).isEqualTo(events.get(2).id());
        assertThat(report.getString("broken.rule")).isEqualTo("RECORD_ALTERED");
        assertThat(report.getString("broken.reason.en")).contains("record 3 was altered");
        assertThat(report.getString("broken.reason.zh")).contains("第 3 条记录");
        assertThat(report.getLong("checked")).isEqualTo(2);
    }

    /**
     * What a forger with the owner's password and this code would do: change the actor of one
     * record and store the hash its new content has, so the record on its own looks intact.
     */
    static String forgeActor(String county, long position, String actor) throws Exception {
        try (Connection c = AuditDatabase.connect()) {
            StoredRecord stored;
            try (PreparedStatement ps = c.prepareStatement("select " + RecordRows.COLUMNS
                    + " from audit_record where county_id = ? and chain_position = ?")) {
                ps.setString(1, county);
                ps.setLong(2, position);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    stored = RecordRows.read(rs);
                }
            }
            RecordContent o = stored.content();
            RecordContent forged = new RecordContent(o.countyId(), o.chainPosition(), o.eventId(), o.type(), o.source(),
                    o.subject(), o.time(), o.receivedAt(), actor, o.correlationId(), o.causationId(), o.data(), o.mentions());
            String hash = RecordHasher.hash(forged, stored.prevHash());
            AuditDatabase.execute(
                    "alter table audit_record disable trigger audit_record_no_change",
                    "update audit_record set actor = '" + actor + "', hash = '" + hash + "' where event_id = '" + o.eventId() + "'",
                    "alter table audit_record enable trigger audit_record_no_change");
            return hash;
        }
    }

    @Test
    void anEditThatAlsoRewritesTheHashBreaksTheNextLink() throws Exception {
        String county = newCounty();
        List<CloudEvent> events = threeStoredEvents(county);
        forgeActor(county, 1, "staffing-office:someone-else");
        JsonPath report = verify(county);
        assertThat(report.getString("status")).isEqualTo("BROKEN");
        assertThat(report.getLong("broken.chainPosition")).isEqualTo(2);
        assertThat(report.getString("broken.eventId")).isEqualTo(events.get(1).id());
        assertThat(report.getString("broken.rule")).isEqualTo("CHAIN_LINK_BROKEN");
    }

    @Test
    void aRowDeletedFromTheMiddleIsFound() {
        String county = newCounty();
        List<CloudEvent> events = threeStoredEvents(county);
        AuditDatabase.execute(
                "alter table audit_record disable trigger audit_record_no_change",
                "delete from audit_record where event_id = '" + events.get(1).id() + "'",
                "alter table audit_record enable trigger audit_record_no_change");
        JsonPath report = verify(county);
        assertThat(report.getString("status")).isEqualTo("BROKEN");
        assertThat(report.getString("broken.rule")).isEqualTo("RECORD_MISSING");
        assertThat(report.getLong("broken.chainPosition")).isEqualTo(2);
        assertThat(report.getString("broken.eventId")).isEqualTo(events.get(2).id());
    }

    @Test
    void aRowDeletedFromTheEndIsFoundAgainstTheHead() {
        String county = newCounty();
        List<CloudEvent> events = threeStoredEvents(county);
        AuditDatabase.execute(
                "alter table audit_record disable trigger audit_record_no_change",
                "delete from audit_record where event_id = '" + events.get(2).id() + "'",
                "alter table audit_record enable trigger audit_record_no_change");
        JsonPath report = verify(county);
        assertThat(report.getString("status")).isEqualTo("BROKEN");
        assertThat(report.getString("broken.rule")).isEqualTo("CHAIN_TRUNCATED");
        assertThat(report.getLong("checked")).isEqualTo(2);
        assertThat(report.getLong("length")).isEqualTo(3);
    }

    @Test
    void aChainRewrittenConsistentlyIsFoundByAnAnchorNotedBefore() throws Exception {
        String county = newCounty();
        threeStoredEvents(county);
        String noted = verify(county).getString("headHash");
        given().auth().oauth2(auditor(county)).queryParam("anchorPosition", 3).queryParam("anchorHash", noted)
                .get("/audit/verify").then().statusCode(200).body("status", equalTo("OK"));

        // the last record forged with its hash recomputed, and the head moved along: internally consistent
        String forged = forgeActor(county, 3, "staffing-office:someone-else");
        AuditDatabase.execute("update audit_chain set head_hash = '" + forged + "' where county_id = '" + county + "'");
        assertThat(verify(county).getString("status")).isEqualTo("OK");

        given().auth().oauth2(auditor(county)).queryParam("anchorPosition", 3).queryParam("anchorHash", noted)
                .get("/audit/verify").then().statusCode(200)
                .body("status", equalTo("BROKEN"))
                .body("broken.rule", equalTo("ANCHOR_MISMATCH"))
                .body("broken.chainPosition", equalTo(3));
    }

    @Test
    void verifyNamesABadAnchorAndReadsOnlyTheCallersCounty() {
        given().auth().oauth2(auditor(newCounty())).queryParam("anchorPosition", 2).get("/audit/verify")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rule", equalTo("ANCHOR_PAIR")).body("field", equalTo("anchorHash"))
                .body("reason.zh", equalTo("锚点由链上位置及其哈希值组成：须同时提供 anchorPosition 和 anchorHash"));
        given().auth().oauth2(auditor(newCounty())).queryParam("anchorPosition", "x").queryParam("anchorHash", "xyz")
                .get("/audit/verify").then().statusCode(400).body("violations.size()", equalTo(2));
        // a county with nothing recorded has an empty, intact chain
        given().auth().oauth2(auditor(newCounty())).get("/audit/verify")
                .then().statusCode(200).body("status", equalTo("OK")).body("checked", equalTo(0));
        given().auth().oauth2(TestTokens.user("renshe").role("hr").token()).get("/audit/verify")
                .then().statusCode(403).body("rule", equalTo("ROLE_REQUIRED"));
    }
}
