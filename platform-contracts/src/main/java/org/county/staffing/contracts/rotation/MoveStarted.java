package org.county.staffing.contracts.rotation;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A rotation move was carried out: {@code rotation.move.started.v1}, subject the teacher id.
 */
public record MoveStarted(
        UUID moveId,
        UUID roundId,
        UUID teacherId,
        String fromSchoolId,
        String toSchoolId,
        String form,
        int termYears,
        LocalDate startedOn,
        @Nullable LocalDate returnDate) {

    public static final EventType<MoveStarted> TYPE = EventType.of("rotation.move.started.v1", MoveStarted.class);
}
