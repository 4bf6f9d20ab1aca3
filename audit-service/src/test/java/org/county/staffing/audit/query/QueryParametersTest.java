package org.county.staffing.audit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import org.county.staffing.audit.verify.Anchor;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.problem.Violation;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    static QueryParameters params() {
        return new QueryParameters(ZoneId.of("Asia/Shanghai"));
    }

    static RuleViolation refused(Consumer<QueryParameters> use) {
        QueryParameters p = params();
        use.accept(p);
        try {
            p.check();
        } catch (RuleViolation e) {
            assertThat(e.status()).isEqualTo(400);
            return e;
        }
        throw new AssertionError("the parameters were accepted");
    }

    @Test
    void aPlainDateIsAWholeDayOfTheCounty() {
        QueryParameters p = params();
        AuditFilter f = p.filter(null, null, null, null, "2026-07-01", "2026-07-31");
        p.check();
        assertThat(f.from()).isEqualTo(OffsetDateTime.of(2026, 6, 30, 16, 0, 0, 0, ZoneOffset.UTC));
        assertThat(f.to()).isEqualTo(OffsetDateTime.of(2026, 7, 31, 16, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void timestampsAreReadWithTheirOffsetEvenWhenThePlusArrivedAsASpace() {
        QueryParameters p = params();
        AuditFilter f = p.filter(null, null, null, null, "2026-07-31T08:00:00 08:00", "2026-07-31T08:00:00Z");
        p.check();
        assertThat(f.from()).isEqualTo(OffsetDateTime.of(2026, 7, 31, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(f.to()).isEqualTo(OffsetDateTime.of(2026, 7, 31, 8, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void aTypeIsExactOrAPrefixEndingInAStar() {
        QueryParameters p = params();
        assertThat(p.filter("recruitment.teacher.registered.v1", null, null, null, null, null).type())
                .isEqualTo("recruitment.teacher.registered.v1");
        assertThat(p.filter("recruitment.teacher.*", null, null, null, null, null).typePrefix()).isEqualTo("recruitment.teacher.");
        p.check();
        assertThat(refused(q -> q.filter("Recruitment;drop", null, null, null, null, null)).rule()).isEqualTo("TYPE_FILTER_FORMAT");
    }

    @Test
    void everyBadParameterIsNamedInOneRefusal() {
        RuleViolation e = refused(q -> {
            q.filter(null, "has space", null, "bad id!", "yesterday", null);
        });
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("subject", "correlationId", "from");
        assertThat(e.violations()).extracting(Violation::rule)
                .containsExactly("SUBJECT_FORMAT", "CORRELATION_ID_FORMAT", "PERIOD_FORMAT");
        assertThat(e.violations().get(2).reason().zh()).contains("yesterday");
    }

    @Test
    void aPeriodEndsAfterItStarts() {
        RuleViolation e = refused(q -> q.filter(null, null, null, null, "2026-08-01", "2026-07-01"));
        assertThat(e.rule()).isEqualTo("PERIOD_ORDER");
        assertThat(e.violations().get(0).field()).isEqualTo("to");
    }

    @Test
    void anExportNamesItsPeriodAndIsCsv() {
        assertThat(refused(q -> q.requirePeriod(null, "2026-07-31")).violations())
                .extracting(Violation::field, Violation::rule).containsExactly(org.assertj.core.groups.Tuple.tuple("from", "PERIOD_REQUIRED"));
        assertThat(refused(q -> q.exportFormat("xlsx")).rule()).isEqualTo("EXPORT_FORMAT");
        QueryParameters p = params();
        assertThat(p.exportFormat(null)).isEqualTo("csv");
        assertThat(p.exportFormat("CSV")).isEqualTo("csv");
        p.check();
    }

    @Test
    void anAnchorIsAPositionAndAHashTogether() {
        QueryParameters p = params();
        assertThat(Anchor.parse(null, null, p)).isNull();
        assertThat(Anchor.parse("7", "a".repeat(64), p)).isEqualTo(new Anchor(7, "a".repeat(64)));
        p.check();
        assertThat(refused(q -> Anchor.parse("7", null, q)).rule()).isEqualTo("ANCHOR_PAIR");
        assertThat(refused(q -> Anchor.parse("0", "A".repeat(64), q)).violations()).extracting(Violation::field)
                .containsExactly("anchorPosition", "anchorHash");
    }

    @Test
    void nothingBadMeansNoRefusal() {
        QueryParameters p = params();
        p.filter("quota.*", "1137068301", "staffing-office:bianban", "corr-1", "2026-01-01", "2026-12-31");
        p.subject("pool:370683:K12");
        p.check();
        assertThatThrownBy(() -> {
            QueryParameters q = params();
            q.subject("");
            q.check();
        }).isInstanceOf(RuleViolation.class);
    }
}
