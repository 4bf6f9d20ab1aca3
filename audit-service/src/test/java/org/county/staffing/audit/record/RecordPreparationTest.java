package org.county.staffing.audit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class RecordPreparationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 7, 31, 0, 0, 0, 999_999_999, ZoneOffset.UTC);

    static CloudEvent event(String county, String subject, String actor, String data) throws Exception {
        return new CloudEvent("e-1", "/recruitment-service", "recruitment.teacher.registered.v1", subject,
                OffsetDateTime.of(2026, 7, 31, 16, 0, 0, 123_456_789, ZoneOffset.ofHours(8)),
                JSON.readTree(data), county, actor, "corr-1", null);
    }

    @Test
    void theRecordKeepsTheEventWithTimesAtMicrosecondsInUtc() throws Exception {
        RecordContent c = RecordPreparation.prepare(event("370683", "t-1", "education-bureau:jiaoyuju",
                "{\"teacherId\":\"t-1\",\"name\":\"李老师\"}"), NOW);
        assertThat(c.countyId()).isEqualTo("370683");
        assertThat(c.time()).isEqualTo(OffsetDateTime.of(2026, 7, 31, 8, 0, 0, 123_456_000, ZoneOffset.UTC));
        assertThat(c.receivedAt().getNano()).isEqualTo(999_999_000);
        assertThat(c.actor()).isEqualTo("education-bureau:jiaoyuju");
        assertThat(c.correlationId()).isEqualTo("corr-1");
        assertThat(JSON.readTree(c.data()).path("name").asText()).isEqualTo("李老师");
        assertThat(c.mentions()).containsExactly("t-1");
    }

    @Test
    void idNumbersAreMaskedInTheEnvelopeAndThePayloadBeforeAnythingElse() throws Exception {
        RecordContent c = RecordPreparation.prepare(event("370683", "370683199001011234", "teacher:37068319900101123X",
                "{\"idNumber\":\"370683199001011234\"}"), NOW);
        assertThat(c.subject()).isEqualTo("370683********1234");
        assertThat(c.actor()).isEqualTo("teacher:370683********123X");
        assertThat(c.data()).doesNotContain("370683199001011234").contains("370683********1234");
        assertThat(c.mentions()).containsExactly("370683********1234");
    }

    @Test
    void anEventWithoutACountyIsFiledUnderTheCountyItsPayloadNames() throws Exception {
        String registered = """
                {"teacherId":"5a0f1f36-7a43-4a43-9d54-2a3f7c1e0b11","countyId":"370602","name":"李老师","gender":"FEMALE",
                 "birthDate":"1990-01-01","idNumberMasked":"370683********123X","subjects":["MATHEMATICS"],"title":"FIRST",
                 "category":"TEACHING","firstHireDate":"2012-09-01","status":"ACTIVE","backbone":false,"young":false}""";
        assertThat(RecordPreparation.prepare(event(null, "s", "a", registered), NOW).countyId()).isEqualTo("370602");
        // the county is read through the type's contract: a payload it does not decode names no county
        assertThat(RecordPreparation.prepare(event(null, "s", "a", "{\"countyId\":\"370602\"}"), NOW).countyId())
                .isEqualTo(RecordContent.UNATTRIBUTED);
        assertThat(RecordPreparation.prepare(event(null, "s", "a", "{}"), NOW).countyId()).isEqualTo(RecordContent.UNATTRIBUTED);
    }

    @Test
    void anEnvelopeNoServiceWouldSendIsMalformed() {
        assertThatThrownBy(() -> RecordPreparation.prepare(event("370683", "s".repeat(501), "a", "{}"), NOW))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ENVELOPE_BOUNDS");
    }
}
