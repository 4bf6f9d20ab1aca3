package org.county.staffing.audit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void everyQueryIsBoundToTheCountyAndTheScope() {
        Where where = Where.of("370683", new ReadScope(false, List.of("quota.", "post."), null), AuditFilter.none());
        assertThat(where.sql()).isEqualTo("county_id = ? and (type like ? or type like ?)");
        assertThat(where.values()).containsExactly("370683", "quota.%", "post.%");
    }

    @Test
    void aSchoolIsBoundToTheRecordsNamingIt() {
        Where where = Where.of("370683", new ReadScope(false, List.of(), "1137068301"), AuditFilter.none());
        assertThat(where.sql()).isEqualTo("county_id = ? and mentions @> array[cast(? as text)]");
        assertThat(where.values()).containsExactly("370683", "1137068301");
    }

    @Test
    void aScopeWithNothingInItMatchesNothing() {
        assertThat(Where.of("370683", new ReadScope(false, List.of(), null), AuditFilter.none()).sql()).endsWith("and false");
    }

    @Test
    void filtersAreBoundAsValuesNeverWrittenIntoTheSql() {
        OffsetDateTime from = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        AuditFilter filter = new AuditFilter(null, "recruitment.", "t'1", null, "hr:x", "c-1", from, null);
        Where where = Where.of("370683", ReadScope.auditor(), filter);
        assertThat(where.sql()).doesNotContain("t'1").contains("type like ?").contains("subject = ?")
                .contains("coalesce(event_time, received_at) >= ?");
        assertThat(where.values()).containsExactly("370683", "recruitment.%", "t'1", "t'1", "hr:x", "c-1", from);
    }

    @Test
    void likeWildcardsInAPrefixAreTakenLiterally() {
        assertThat(Where.likePrefix("a_b%c\\")).isEqualTo("a\\_b\\%c\\\\%");
    }
}
