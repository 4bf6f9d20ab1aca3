package org.county.staffing.rotation.round;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.planner.model.RotationForm;

/**
 * One of a teacher's rotation moves as the teacher (and those who oversee them) see it: which round and
 * school year, the form, from where to where, why the planner chose it, and its dates.
 */
public record TeacherMoveView(UUID moveId, UUID roundId, String schoolYear, String roundStatus, RotationForm form,
                              int termYears, String subject, SchoolView fromSchool, SchoolView toSchool, UUID toPostId,
                              UUID pairedWith, List<Explanation> reasons, String status, LocalDate startsOn,
                              LocalDate startedOn, LocalDate returnDate, LocalDate returnedOn) {

    /** A school by id, with its name where this service knows the school. */
    public record SchoolView(String id, String name) {
    }
}
