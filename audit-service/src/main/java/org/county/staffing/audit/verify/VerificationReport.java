package org.county.staffing.audit.verify;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code GET /audit/verify}: OK with the number of records checked and the head
 * hash (worth noting down as an {@link Anchor}), or BROKEN with the first break.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationReport(
        String countyId,
        Status status,
        long checked,
        long length,
        String headHash,
        OffsetDateTime verifiedAt,
        ChainBreak broken) {

    public enum Status { OK, BROKEN }
}
