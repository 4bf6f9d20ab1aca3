package org.county.staffing.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.county.staffing.contracts.quota.AllocationChanged;
import org.county.staffing.contracts.quota.VerificationApproved;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class EventTypeTest {

    private static final String ALLOCATION = """
            {"entryId":"0b7c1a2e-8f6d-4c55-9a61-3c1e2f4a5b6c","countyId":"370683","pool":"K12",
             "schoolId":"1137068301","kind":"TRANSFER","delta":-2,"balance":40,"reason":"plan",
             "poolTotal":500,"poolAllocated":480,"recordedAt":"2027-07-10T08:30:15.123456Z"}""";

    @Test
    void nameCarriesProducerAggregateAndVersion() {
        assertThat(AllocationChanged.TYPE.name()).isEqualTo("quota.allocation.changed.v1");
        assertThat(AllocationChanged.TYPE.producer()).isEqualTo("quota");
        assertThat(AllocationChanged.TYPE.aggregate()).isEqualTo("allocation");
        assertThat(AllocationChanged.TYPE.version()).isEqualTo(1);
        assertThat(AllocationChanged.TYPE.payloadClass()).isEqualTo(AllocationChanged.class);
        assertThatThrownBy(() -> EventType.of("quota.allocation.changed", AllocationChanged.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodesAndIgnoresUnknownFields() {
        ObjectNode json = (ObjectNode) read(ALLOCATION);
        json.put("addedLater", "whatever").putObject("nested").put("x", 1);
        AllocationChanged event = AllocationChanged.TYPE.decode(json);
        assertThat(event.balance()).isEqualTo(40);
        assertThat(event.delta()).isEqualTo(-2);
        assertThat(event.reference()).isNull();
        assertThat(event.transferId()).isNull();
        assertThat(event.recordedAt()).isEqualTo(OffsetDateTime.parse("2027-07-10T08:30:15.123456Z"));
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        ObjectNode json = (ObjectNode) read(ALLOCATION);
        json.remove("balance");
        assertThatThrownBy(() -> AllocationChanged.TYPE.decode(json))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("'balance'")
                .satisfies(e -> assertThat(((MalformedPayloadException) e).field()).isEqualTo("balance"));
        json.putNull("balance");
        assertThatThrownBy(() -> AllocationChanged.TYPE.decode(json)).hasMessageContaining("'balance' is required but null");
    }

    @Test
    void aWrongTypeIsNamedAndNothingIsCoerced() {
        assertMalformed("\"balance\":40", "\"balance\":\"40\"", "balance");
        assertMalformed("\"balance\":40", "\"balance\":40.5", "balance");
        assertMalformed("\"balance\":40", "\"balance\":true", "balance");
        assertMalformed("\"balance\":40", "\"balance\":4000000000", "balance");
        assertMalformed("\"countyId\":\"370683\"", "\"countyId\":370683", "countyId");
        assertMalformed("\"entryId\":\"0b7c1a2e-8f6d-4c55-9a61-3c1e2f4a5b6c\"", "\"entryId\":\"not-a-uuid\"", "entryId");
        assertMalformed("\"recordedAt\":\"2027-07-10T08:30:15.123456Z\"", "\"recordedAt\":1783672215", "recordedAt");
        assertMalformed("\"recordedAt\":\"2027-07-10T08:30:15.123456Z\"", "\"recordedAt\":\"2027-07-10\"", "recordedAt");
    }

    @Test
    void nestedFieldsAreNamedWithTheirPath() {
        JsonNode json = read("""
                {"verificationId":"0b7c1a2e-8f6d-4c55-9a61-3c1e2f4a5b6c","countyId":"370683","schoolYear":"2026-2027",
                 "kind":"ANNUAL","pool":"K12","poolShortfall":0,
                 "schools":[{"schoolId":"1137068301","required":3,"previous":2,"approved":3,"delta":1},
                            {"schoolId":"1137068302","required":3,"previous":2,"approved":3}]}""");
        assertThatThrownBy(() -> VerificationApproved.TYPE.decode(json))
                .isInstanceOf(MalformedPayloadException.class)
                .satisfies(e -> assertThat(((MalformedPayloadException) e).field()).isEqualTo("schools[1].delta"));
    }

    @Test
    void optionalFieldsMayBeAbsentOrNull() {
        TeacherLeft left = TeacherLeft.TYPE.decode(read("""
                {"teacherId":"0b7c1a2e-8f6d-4c55-9a61-3c1e2f4a5b6c","appointmentId":null,"reason":"RETIRED",
                 "effectiveFrom":"2027-08-31"}"""));
        assertThat(left.appointmentId()).isNull();
        assertThat(left.postId()).isNull();
    }

    @Test
    void encodeWritesWhatDecodeReadsAndRefusesAMissingRequiredField() {
        AllocationChanged event = AllocationChanged.TYPE.decode(read(ALLOCATION));
        JsonNode written = AllocationChanged.TYPE.encode(event);
        assertThat(written.has("transferId")).as("absent fields are left out, as the producer always did").isFalse();
        assertThat(AllocationChanged.TYPE.decode(written)).isEqualTo(event);
        AllocationChanged broken = new AllocationChanged(UUID.randomUUID(), null, "K12", null, "POOL", 1, 1, "r", null, null,
                1, 0, OffsetDateTime.parse("2027-07-10T08:30:15Z"));
        assertThatThrownBy(() -> AllocationChanged.TYPE.encode(broken))
                .isInstanceOf(MalformedPayloadException.class).hasMessageContaining("'countyId'");
    }

    @Test
    void nullDataIsMalformed() {
        assertThatThrownBy(() -> AllocationChanged.TYPE.decode((JsonNode) null)).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> AllocationChanged.TYPE.decode("[1]")).isInstanceOf(MalformedPayloadException.class);
    }

    private static void assertMalformed(String good, String bad, String field) {
        String json = ALLOCATION.replace(good, bad);
        assertThat(json).isNotEqualTo(ALLOCATION);
        assertThatThrownBy(() -> AllocationChanged.TYPE.decode(read(json)))
                .isInstanceOf(MalformedPayloadException.class)
                .satisfies(e -> assertThat(((MalformedPayloadException) e).field()).isEqualTo(field));
    }

    private static JsonNode read(String json) {
        try {
            return EventType.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
