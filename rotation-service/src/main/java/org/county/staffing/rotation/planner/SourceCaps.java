package org.county.staffing.rotation.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.county.staffing.rotation.planner.model.PlanSchool;
import org.county.staffing.rotation.planner.model.PlannerParameters;
import org.county.staffing.rotation.planner.model.SubjectPosition;

/** How many teachers a source school may give in one round. */
public final class SourceCaps {

    private SourceCaps() {
    }

    /**
     * Rule SOURCE_STAFF_SHARE: no school loses more than {@code maxSourceStaffShare} of its staff in a
     * round, rounded down (a school of 9 teachers with a 10% cap gives none).
     */
    public static int school(PlanSchool school, PlannerParameters parameters) {
        return BigDecimal.valueOf(Math.max(0, school.staff())).multiply(parameters.maxSourceStaffShare())
                .setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    /**
     * Rule SOURCE_SUBJECT_FLOOR: a school gives at most its surplus in a subject plus
     * {@code maxOpenedVacanciesPerSubject}, and keeps at least {@code minKeptPerSubject} teachers of it:
     * the round makes no school's subject picture worse than that.
     */
    public static int subject(SubjectPosition position, PlannerParameters parameters) {
        if (position == null) {
            return 0;
        }
        int bySurplus = position.surplus() + parameters.maxOpenedVacanciesPerSubject();
        int byFloor = position.teachers() - parameters.minKeptPerSubject();
        return Math.max(0, Math.min(bySurplus, byFloor));
    }
}
