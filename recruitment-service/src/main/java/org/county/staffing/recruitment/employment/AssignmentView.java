package org.county.staffing.recruitment.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assignment as the API shows it; {@code postShare} is the part of the host post it covers
 * (1 full-time, hours / full-post hours itinerant).
 */
public record AssignmentView(UUID assignmentId, UUID teacherId, AssignmentForm form, UUID homePostId, String homeSchoolId,
                             String hostSchoolId, UUID hostPostId, Integer hoursPerWeek, BigDecimal postShare,
                             LocalDate startsOn, LocalDate returnDate, LocalDate endedOn, AssignmentOutcome outcome,
                             UUID planId, UUID moveId, UUID roundId) {

    public static AssignmentView of(Assignment a, int fullPostHours) {
        return new AssignmentView(a.id, a.teacherId, a.form, a.homePostId, a.homeSchoolId, a.hostSchoolId, a.hostPostId,
                a.hoursPerWeek, a.postShare(fullPostHours), a.startsOn, a.returnDate, a.endedOn, a.outcome, a.planId, a.moveId, a.roundId);
    }
}
