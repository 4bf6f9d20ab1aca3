package org.county.staffing.audit.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class StoredPayloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void idNumbersAreMaskedWhereverThePayloadCarriesThem() throws Exception {
        JsonNode stored = StoredPayload.of(JSON.readTree("""
                {"teacherId": "t-1", "idNumber": "37068319900101123X",
                 "family": [{"note": "spouse 370683199102021234"}],
                 "370683199001011234": "as a member name",
                 "numeric": 370683199001011234,
                 "small": 12, "score": 87.5}"""));
        String text = stored.toString();
        assertThat(IdNumberMasking.containsIdNumber(text)).isFalse();
        assertThat(stored.path("idNumber").asText()).isEqualTo("370683********123X");
        assertThat(stored.path("family").get(0).path("note").asText()).isEqualTo("spouse 370683********1234");
        assertThat(stored.has("370683********1234")).isTrue();
        assertThat(stored.path("numeric").asText()).isEqualTo("370683********1234");
        assertThat(stored.path("small").intValue()).isEqualTo(12);
        assertThat(stored.path("score").doubleValue()).isEqualTo(87.5);
        assertThat(stored.path("teacherId").asText()).isEqualTo("t-1");
    }

    @Test
    void theNulCharacterPostgresCannotHoldIsReplaced() throws Exception {
        JsonNode stored = StoredPayload.of(JSON.readTree("{\"reason\": \"a\\u0000b\"}"));
        assertThat(stored.path("reason").asText()).isEqualTo("a\uFFFDb");
        assertThat(StoredPayload.text("x\u0000")).isEqualTo("x\uFFFD");
    }

    @Test
    void anAbsentPayloadIsStoredAsJsonNull() {
        assertThat(StoredPayload.of(null).isNull()).isTrue();
    }
}
