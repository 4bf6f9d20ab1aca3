package org.county.staffing.audit.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void membersAreSortedAndWhitespaceIsDropped() {
        assertThat(CanonicalJson.of("{ \"b\" : 1, \"a\" : { \"d\": [3, 2], \"c\": null } }"))
                .isEqualTo("{\"a\":{\"c\":null,\"d\":[3,2]},\"b\":1}");
    }

    @Test
    void theSpellingsPostgresMayGiveANumberAreOneText() {
        // jsonb answers 1e2 as 100 and keeps 87.50's scale; the hash must not see the difference
        assertThat(CanonicalJson.of("{\"n\":1e2}")).isEqualTo(CanonicalJson.of("{\"n\":100}")).isEqualTo("{\"n\":100}");
        assertThat(CanonicalJson.of("[87.50]")).isEqualTo(CanonicalJson.of("[87.5]")).isEqualTo("[87.5]");
        assertThat(CanonicalJson.of("[1.0]")).isEqualTo("[1]");
        assertThat(CanonicalJson.of("[-0.0]")).isEqualTo(CanonicalJson.of("[0]")).isEqualTo("[0]");
        assertThat(CanonicalJson.of("[1.0E-7]")).isEqualTo(CanonicalJson.of("[0.00000010]")).isEqualTo("[0.0000001]");
        assertThat(CanonicalJson.of("[12345678901234567890123]")).isEqualTo("[12345678901234567890123]");
    }

    @Test
    void differentValuesStayDifferent() {
        assertThat(CanonicalJson.of("{\"n\":1}")).isNotEqualTo(CanonicalJson.of("{\"n\":\"1\"}"));
        assertThat(CanonicalJson.of("{\"n\":0.1}")).isNotEqualTo(CanonicalJson.of("{\"n\":0.10000001}"));
        assertThat(CanonicalJson.of("[1,2]")).isNotEqualTo(CanonicalJson.of("[2,1]"));
    }

    @Test
    void stringsGetTheShortestEscapesAndKeepEveryOtherCharacter() {
        assertThat(CanonicalJson.of("[\"\\u0022q\\u005c \\n\\t\\u0001 城关小学 \\u00e9\"]"))
                .isEqualTo("[\"\\\"q\\\\ \\n\\t\\u0001 城关小学 é\"]");
    }

    @Test
    void somethingThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.of("{\"a\":1} trailing")).isInstanceOf(IllegalArgumentException.class);
    }
}
