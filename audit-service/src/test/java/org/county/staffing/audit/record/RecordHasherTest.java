package org.county.staffing.audit.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class RecordHasherTest {

    static RecordContent content() {
        return new RecordContent("370683", 1, "e-1", "recruitment.teacher.appointed.v1", "/recruitment-service", "t-1",
                OffsetDateTime.of(2026, 7, 31, 8, 0, 0, 123_456_000, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 7, 31, 8, 0, 1, 0, ZoneOffset.UTC),
                "education-bureau:jiaoyuju", "corr-1", null, "{\"teacherId\":\"t-1\",\"score\":87.5}", List.of("t-1"));
    }

    @Test
    void theHashIsSha256OfTheDocumentedCanonicalText() {
        String canonical = RecordHasher.canonical(content(), RecordHasher.GENESIS);
        assertThat(canonical).isEqualTo("{\"actor\":\"education-bureau:jiaoyuju\",\"causationId\":null,\"chainPosition\":1,"
                + "\"correlationId\":\"corr-1\",\"countyId\":\"370683\",\"data\":{\"score\":87.5,\"teacherId\":\"t-1\"},"
                + "\"eventId\":\"e-1\",\"mentions\":[\"t-1\"],\"prevHash\":\"" + RecordHasher.GENESIS + "\","
                + "\"receivedAt\":\"2026-07-31T08:00:01.000000Z\",\"source\":\"/recruitment-service\",\"subject\":\"t-1\","
                + "\"time\":\"2026-07-31T08:00:00.123456Z\",\"type\":\"recruitment.teacher.appointed.v1\"}");
        assertThat(RecordHasher.hash(content(), RecordHasher.GENESIS))
                .isEqualTo(RecordHasher.sha256(canonical))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void changingAnyStoredFieldChangesTheHash() {
        String original = RecordHasher.hash(content(), RecordHasher.GENESIS);
        List<UnaryOperator<RecordContent>> edits = List.of(
                c -> c.at(2),
                c -> with(c, "370602", c.eventId(), c.actor(), c.data(), c.time()),
                c -> with(c, c.countyId(), "e-2", c.actor(), c.data(), c.time()),
                c -> with(c, c.countyId(), c.eventId(), "hr:renshe", c.data(), c.time()),
                c -> with(c, c.countyId(), c.eventId(), c.actor(), "{\"teacherId\":\"t-1\",\"score\":88}", c.time()),
                c -> with(c, c.countyId(), c.eventId(), c.actor(), c.data(), c.time().plusNanos(1000)),
                c -> with(c, c.countyId(), c.eventId(), c.actor(), c.data(), null));
        for (UnaryOperator<RecordContent> edit : edits) {
            assertThat(RecordHasher.hash(edit.apply(content()), RecordHasher.GENESIS)).isNotEqualTo(original);
        }
        assertThat(RecordHasher.hash(content(), "1".repeat(64))).isNotEqualTo(original);
    }

    @Test
    void theStoredSpellingOfThePayloadDoesNotChangeTheHash() {
        RecordContent respelled = with(content(), "370683", "e-1", "education-bureau:jiaoyuju",
                "{ \"score\": 87.50, \"teacherId\": \"t-1\" }", content().time());
        assertThat(RecordHasher.hash(respelled, RecordHasher.GENESIS)).isEqualTo(RecordHasher.hash(content(), RecordHasher.GENESIS));
    }

    @Test
    void timestampsAreHashedAsTheDatabaseKeepsThemInUtc() {
        assertThat(RecordHasher.timestamp(OffsetDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8))))
                .isEqualTo("2026-09-01T00:00:00.000000Z");
    }

    private static RecordContent with(RecordContent c, String county, String eventId, String actor, String data, OffsetDateTime time) {
        return new RecordContent(county, c.chainPosition(), eventId, c.type(), c.source(), c.subject(), time, c.receivedAt(),
                actor, c.correlationId(), c.causationId(), data, c.mentions());
    }
}
