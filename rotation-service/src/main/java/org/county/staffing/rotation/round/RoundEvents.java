package org.county.staffing.rotation.round;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.RotationForm;

/** Payloads of the round and move events. */
public final class RoundEvents {

    private RoundEvents() {
    }

    public record Planned(UUID roundId, String schoolYear, int due, int target, int moves, int unmet, long objective,
                          java.math.BigDecimal share, PlannerParameters parameters) {
    }

    public record Proposed(UUID roundId, String countyId, String schoolYear, List<ProposedMove> moves) {
    }

    /** {@code termYears} and {@code returnDate} are absent for a move without a return (a competition). */
    public record ProposedMove(UUID moveId, UUID teacherId, String fromSchoolId, UUID fromPostId, String toSchoolId,
                               UUID toPostId, String subject, RotationForm form, Integer termYears, LocalDate returnDate,
                               UUID pairedWith, List<Explanation> reasons) {
    }

    public record MoveStarted(UUID moveId, UUID roundId, UUID teacherId, String fromSchoolId, String toSchoolId,
                              RotationForm form, int termYears, LocalDate startedOn, LocalDate returnDate) {
    }

    public record MoveReturned(UUID moveId, UUID roundId, UUID teacherId, String fromSchoolId, String toSchoolId,
                               RotationForm form, LocalDate startedOn, LocalDate returnedOn) {
    }
}
