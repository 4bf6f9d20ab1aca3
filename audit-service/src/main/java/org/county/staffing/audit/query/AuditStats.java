package org.county.staffing.audit.query;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How many records of each event type the caller's scope holds in the county (in the period, if given). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditStats(String countyId, OffsetDateTime from, OffsetDateTime to, long total, List<TypeCount> types) {

    public record TypeCount(String type, long count) {
    }
}
