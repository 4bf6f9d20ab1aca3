package org.county.staffing.rotation.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.county.staffing.rotation.planner.model.CostTerms;
import org.county.staffing.rotation.planner.model.Direction;
import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.RotationForm;
import org.county.staffing.rotation.planner.model.UnmetShortage;

/** A round (or a simulation, without id): the target, the optimal moves, the unmet shortages, the cost. */
public record RoundView(UUID id, String schoolYear, String status, BigDecimal share, PlannerParameters parameters,
                        int due, int target, long objective, int gap, List<Explanation> gapReasons, Coverage coverage,
                        List<MoveView> moves, List<UnmetShortage> unmet, UUID planId, Integer planVersion,
                        OffsetDateTime createdAt, String createdBy, OffsetDateTime proposedAt, LocalDate executedOn) {

    /** Vacant posts in the county, filled by the round, and their share. */
    public record Coverage(int vacancies, int filled, BigDecimal share) {
    }

    public record MoveView(UUID moveId, UUID teacherId, String fromSchoolId, UUID fromPostId, String toSchoolId,
                           UUID toPostId, String subject, RotationForm form, int termYears, LocalDate returnDate,
                           UUID pairedWith, List<Direction> directions, int vacancyNumber, long cost, CostTerms costTerms,
                           List<Explanation> reasons, String status, LocalDate startedOn, LocalDate returnedOn) {
    }
}
