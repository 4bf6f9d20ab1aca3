package org.county.staffing.audit.record;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one audit record says, everything its hash covers: the event as it was received (ID
 * numbers masked), where it sits in its county's chain, and when it arrived.
 *
 * @param countyId      the chain it belongs to: the event's county ({@link #UNATTRIBUTED} when it names none)
 * @param chainPosition 1 for the county's first record, then +1 in arrival order
 * @param time          the event's own time (when the change was committed), microseconds, UTC; may be null
 * @param receivedAt    when this service stored it, microseconds, UTC
 * @param data          the payload as JSON text
 * @param mentions      the ids the event is about (rule TIMELINE_MENTIONS), sorted
 */
public record RecordContent(
        String countyId,
        long chainPosition,
        String eventId,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        OffsetDateTime receivedAt,
        String actor,
        String correlationId,
        String causationId,
        String data,
        List<String> mentions) {

    /** The chain of events that name no county; no county user reads them, the log still keeps them. */
    public static final String UNATTRIBUTED = "none";

    public RecordContent {
        mentions = List.copyOf(mentions);
    }

    public RecordContent at(long position) {
        return new RecordContent(countyId, position, eventId, type, source, subject, time, receivedAt, actor,
                correlationId, causationId, data, mentions);
    }
}
