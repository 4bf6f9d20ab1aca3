package org.county.staffing.contracts.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A round's moves were proposed for the annual plan: {@code rotation.round.proposed.v1}, subject the round id.
 */
public record RoundProposed(
        UUID roundId,
        String countyId,
        String schoolYear,
        List<Move> moves) {

    public static final EventType<RoundProposed> TYPE = EventType.of("rotation.round.proposed.v1", RoundProposed.class);

    /** One proposed move; {@code termYears} and {@code returnDate} are absent when the move does not return. */
    public record Move(
            UUID moveId,
            UUID teacherId,
            String fromSchoolId,
            UUID fromPostId,
            String toSchoolId,
            UUID toPostId,
            String subject,
            String form,
            @Nullable Integer termYears,
            @Nullable LocalDate returnDate,
            @Nullable UUID pairedWith,
            List<Reason> reasons) {
    }

    /** Why the move was chosen, in English and Chinese. */
    public record Reason(
            String code,
            String en,
            String zh) {
    }
}
