package org.county.staffing.audit.query;

import java.time.OffsetDateTime;

import org.county.staffing.audit.record.RecordContent;
import org.county.staffing.audit.record.StoredRecord;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One record of the log as the API shows it: the event (who, what, when, why: the payload) and
 * its place in the county's chain, with the hashes an inspector can cite.
 */
public record AuditRecordView(
        String eventId,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        String actor,
        String correlationId,
        String causationId,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "the event's payload, ID numbers masked") String data,
        String countyId,
        long chainPosition,
        OffsetDateTime receivedAt,
        String prevHash,
        String hash) {

    public static AuditRecordView of(StoredRecord record) {
        RecordContent c = record.content();
        return new AuditRecordView(c.eventId(), c.type(), c.source(), c.subject(), c.time(), c.actor(),
                c.correlationId(), c.causationId(), c.data(), c.countyId(), c.chainPosition(), c.receivedAt(),
                record.prevHash(), record.hash());
    }
}
