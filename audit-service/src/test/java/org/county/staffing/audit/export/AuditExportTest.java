package org.county.staffing.audit.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.county.staffing.audit.support.PlatformEvents.at;
import static org.county.staffing.audit.support.PlatformEvents.event;
import static org.county.staffing.audit.support.PlatformEvents.newCounty;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.county.staffing.audit.support.AuditDatabase;
import org.county.staffing.audit.support.PlatformEvents;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.infra.testing.ServiceTestResource;
import org.county.staffing.infra.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The CSV export of a period, streamed from the real database. */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "audit"))
class AuditExportTest {

    static final int POSTS = 60;

    /** A county with sixty post events in July (larger than one response buffer), a tricky one, and one in August. */
    static final class Period {
        final String county = newCounty();
        final List<CloudEvent> july = new ArrayList<>();
        final CloudEvent tricky;
        final CloudEvent august;

        Period() {
            for (int i = 0; i < POSTS; i++) {
                july.add(event("post.post.established.v1", PlatformEvents.uuid(), county, "hr:renshe", "c-" + i, null,
                        at(1 + i % 28, i % 24), Map.of("schoolId", "1137068301", "category", "TEACHING", "subject", "CHINESE",
                                "reason", "按需设岗：第 " + i + " 个语文教师岗位，依据年度编制核定结果设立")));
            }
            tricky = event("recruitment.teacher.left.v1", PlatformEvents.uuid(), county, "=cmd|' /C calc'!A0", "c-t", null,
                    at(30, 1), Map.of("reason", "OTHER", "note", "line one\nline \"two\", with comma\r\nend"));
            august = event("quota.plan.decided.v1", PlatformEvents.uuid(), county, "staffing-office:bianban", "c-a", null,
                    at(31, 0).plusDays(1), Map.of("decision", "APPROVE"));
            List<CloudEvent> all = new ArrayList<>(july);
            all.add(tricky);
            all.add(august);
            PlatformEvents.publish(all);
            AuditDatabase.awaitStored(all.stream().map(CloudEvent::id).toList());
        }
    }

    private static Period period;

    static synchronized Period period() {
        if (period == null) {
            period = new Period();
        }
        return period;
    }

    static Response export(String role, String county, Map<String, ?> query) {
        return given().auth().oauth2(TestTokens.user("u-" + role).role(role).county(county).token())
                .queryParams(query).get("/audit/export");
    }

    @Test
    void thePeriodIsStreamedAsRfc4180CsvWithTheChainsHashes() throws Exception {
        Period p = period();
        Response response = export("auditor", p.county, Map.of("format", "csv", "from", "2026-07-01T00:00:00Z",
                "to", "2026-08-01T00:00:00Z"));
        response.then().statusCode(200);
        assertThat(response.contentType()).startsWith("text/csv").contains("charset=UTF-8");
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"audit-" + p.county + "-20260701T000000Z-20260801T000000Z.csv\"");
        // streamed: sent in chunks as the cursor yields rows, its length unknown when it started
        assertThat(response.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(response.header("Content-Length")).isNull();

        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        List<List<String>> rows = Rfc4180.parse(body.substring(1));
        assertThat(rows.get(0)).containsExactlyElementsOf(ExportResource.HEADER);
        List<List<String>> records = rows.subList(1, rows.size());
        assertThat(records).hasSize(POSTS + 1);
        assertThat(records).extracting(r -> r.get(1)).doesNotContain(p.august.id());

        List<String> tricky = records.stream().filter(r -> r.get(1).equals(p.tricky.id())).findFirst().orElseThrow();
        assertThat(tricky.get(3)).isEqualTo("recruitment.teacher.left.v1");
        assertThat(tricky.get(6)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CloudEventCodec.mapper().readTree(tricky.get(9)).path("note").asText())
                .isEqualTo("line one\nline \"two\", with comma\r\nend");
        String apiHash = given().auth().oauth2(TestTokens.user("j").role("auditor").county(p.county).token())
                .get("/audit/events/" + p.tricky.id()).then().statusCode(200).extract().path("hash");
        assertThat(tricky.get(13)).isEqualTo(apiHash);
        assertThat(body).contains("按需设岗：第 59 个语文教师岗位");
        // in the order things happened, as the search
        assertThat(records.get(records.size() - 1).get(1)).isEqualTo(p.tricky.id());
    }

    @Test
    void aDepartmentExportsItsOwnEventsOnly() {
        Period p = period();
        String body = export("education-bureau", p.county, Map.of("from", "2026-07-01", "to", "2026-08-31")).then()
                .statusCode(200).extract().asString();
        List<List<String>> rows = Rfc4180.parse(body.substring(1));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo(p.tricky.id());
        // the export takes the search's filters too
        String hr = export("hr", p.county, Map.of("from", "2026-07-01", "to", "2026-08-31", "correlationId", "c-7")).then()
                .statusCode(200).extract().asString();
        assertThat(Rfc4180.parse(hr.substring(1))).hasSize(2);
    }

    @Test
    void anExportWithoutAPeriodOrInAnotherFormatIsRefused() {
        String county = newCounty();
        export("auditor", county, Map.of()).then().statusCode(400).contentType("application/problem+json")
                .body("violations.rule", containsInAnyOrder("PERIOD_REQUIRED", "PERIOD_REQUIRED"))
                .body("violations.field", containsInAnyOrder("from", "to"))
                .body("reason.zh", equalTo("导出须指定时间段：请提供 from 和 to"));
        export("auditor", county, Map.of("format", "xlsx", "from", "2026-07-01", "to", "2026-07-31")).then().statusCode(400)
                .body("rule", equalTo("EXPORT_FORMAT")).body("field", equalTo("format"));
        export("auditor", county, Map.of("from", "2026-07-01", "to", "July")).then().statusCode(400)
                .body("rule", equalTo("PERIOD_FORMAT")).body("field", equalTo("to"));
        export("school", county, Map.of("from", "2026-07-01", "to", "2026-07-31")).then().statusCode(403);
    }

    /** A strict reader of RFC 4180: quoted fields with doubled quotes, CRLF between records. */
    static final class Rfc4180 {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            boolean quoted = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                    i++;
                    continue;
                }
                if (c == '"') {
                    assertThat(field).as("a quote only opens a field").isEmpty();
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r') {
                    assertThat(text.charAt(i + 1)).as("records end with CRLF").isEqualTo('\n');
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    assertThat(c).as("a bare LF outside quotes").isNotEqualTo('\n');
                    field.append(c);
                }
                i++;
            }
            assertThat(quoted).as("every quoted field is closed").isFalse();
            assertThat(row).as("the last record ends with CRLF").isEmpty();
            return rows;
        }
    }
}
