package org.county.staffing.audit.query;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A page of records in the order they happened (event time, then arrival).
 *
 * @param subject the timeline's subject; absent for {@code /audit/events}
 * @param page    0 for the first page
 * @param total   records matching, over all pages
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditPage(String subject, int page, int size, long total, List<AuditRecordView> items) {
}
