package org.county.staffing.audit.province;

import java.time.OffsetDateTime;
import java.util.List;

import org.county.staffing.audit.query.AuditStats;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The audit log's statistics per county, as the province reads them: a page of county rows in the requested
 * order and the totals over every county the caller reads (in the period, if given).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvinceAuditView(OffsetDateTime from, OffsetDateTime to, String sort, String order, int page, int size,
                                int counties, Totals totals, List<CountyAudit> rows) {

    /** Records in the period and their types; chains verified on this page and how many of them are broken. */
    public record Totals(long records, List<AuditStats.TypeCount> types, long chainRecords, int chainsVerified,
                         int chainsBroken) {
    }

    /** One county: its records by type in the period, and its chain. */
    public record CountyAudit(String countyId, long records, List<AuditStats.TypeCount> types, Chain chain) {
    }

    /**
     * A county's hash chain: its length and head; {@code status} OK or BROKEN when it was verified for this
     * answer ({@code verify=true}), NOT_VERIFIED otherwise, with the first broken position.
     */
    public record Chain(long length, String headHash, OffsetDateTime updatedAt, String status, Long brokenAt) {
    }
}
