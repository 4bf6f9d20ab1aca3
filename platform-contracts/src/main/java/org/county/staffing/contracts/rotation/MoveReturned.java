package org.county.staffing.contracts.rotation;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * A rotated teacher is back at the source school: {@code rotation.move.returned.v1}, subject the teacher id.
 */
public record MoveReturned(
        UUID moveId,
        UUID roundId,
        UUID teacherId,
        String fromSchoolId,
        String toSchoolId,
        String form,
        LocalDate startedOn,
        LocalDate returnedOn) {

    public static final EventType<MoveReturned> TYPE = EventType.of("rotation.move.returned.v1", MoveReturned.class);
}
