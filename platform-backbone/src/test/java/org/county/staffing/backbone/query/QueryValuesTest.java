package org.county.staffing.backbone.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryValuesTest {

    enum Status { ACTIVE, RETIRED }

    @Test
    void valuesAsWrittenAreRead() {
        assertThat(QueryValues.bool("vacant", "true")).isTrue();
        assertThat(QueryValues.bool("vacant", "false")).isFalse();
        assertThat(QueryValues.integer("days", "30")).isEqualTo(30);
        assertThat(QueryValues.integer("days", "-1")).isEqualTo(-1);
        assertThat(QueryValues.integer("days", "2147483647")).isEqualTo(Integer.MAX_VALUE);
        assertThat(QueryValues.wholeNumber("n", "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryValues.date("from", "2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(QueryValues.schoolYear("schoolYear", "2026-2027")).isEqualTo(new SchoolYear(2026));
        assertThat(QueryValues.enumValue(Status.class, "status", "ACTIVE")).isEqualTo(Status.ACTIVE);
        UUID id = UUID.randomUUID();
        assertThat(QueryValues.uuid("schoolId", id.toString())).isEqualTo(id);
        assertThat(QueryValues.bool("vacant", null)).isNull();
        assertThat(QueryValues.integer("days", null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "1", "0", "yes", "TRUE", "True", " true", "true ", ""})
    void onlyTrueAndFalseAreBooleans(String value) {
        refused(() -> QueryValues.bool("dryRun", value), "QUERY_PARAMETER_TYPE", "dryRun");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1e3", "+5", " 5", "5 ", "0x10", "2147483648", "-2147483649",
            "99999999999999999999", "", "٣"})
    void wholeNumbersAreDecimalDigitsWithinRange(String value) {
        refused(() -> QueryValues.integer("expiringWithinDays", value), "QUERY_PARAMETER_TYPE", "expiringWithinDays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20261201", "2026-2-1", "2026-02-30", "2026-02-01T00:00", "01/02/2026", "+12026-01-01", ""})
    void datesAreIsoOnly(String value) {
        refused(() -> QueryValues.date("from", value), "QUERY_PARAMETER_TYPE", "from");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-2028", "2026", "2026/2027", "26-27", " 2026-2027", ""})
    void schoolYearsAreTwoConsecutiveYears(String value) {
        refused(() -> QueryValues.schoolYear("year", value), "SCHOOL_YEAR_FORMAT", "year");
    }

    @ParameterizedTest
    @ValueSource(strings = {"active", " ACTIVE", "ACTIVE ", "0", "UNKNOWN", ""})
    void enumsAreTheirExactConstantNames(String value) {
        refused(() -> QueryValues.enumValue(Status.class, "status", value), "QUERY_PARAMETER_TYPE", "status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nobody", "1-1-1-1-1", "3f2b8c1e0d4a4b7e9a512c6d8e0f1a23", " 3f2b8c1e-0d4a-4b7e-9a51-2c6d8e0f1a23", ""})
    void uuidsAreCanonical(String value) {
        refused(() -> QueryValues.uuid("schoolId", value), "QUERY_PARAMETER_TYPE", "schoolId");
    }

    @Test
    void refusalsSayWhatIsExpectedInBothLanguagesWithoutEchoingControlCharacters() {
        assertThatThrownBy(() -> QueryValues.bool("vacant", "a\u0000b"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.violations().get(0).reason().en()).contains("true or false").contains("a\\u0000b");
                    assertThat(e.violations().get(0).reason().zh()).contains("查询参数 'vacant'");
                });
    }

    @Test
    void pagingRefusesOutOfRangeValuesNamingTheParameter() {
        assertThat(Paging.of(2, null).size()).isEqualTo(Paging.DEFAULT_SIZE);
        assertThat(Paging.of(2, 50).offset()).isEqualTo(100);
        assertThat(new Paging().page()).isZero();
        assertThat(new Paging().size(20)).isEqualTo(20);
        refused(() -> Paging.of(-1, 10), "PAGING_RANGE", "page");
        refused(() -> Paging.of(0, 0), "PAGING_RANGE", "size");
        refused(() -> Paging.of(0, 501), "PAGING_RANGE", "size");
    }

    private static void refused(Runnable parse, String rule, String field) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.violations().get(0).field()).isEqualTo(field);
            assertThat(e.violations().get(0).reason().zh()).isNotBlank();
        });
    }
}
