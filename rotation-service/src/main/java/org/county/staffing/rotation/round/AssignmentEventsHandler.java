package org.county.staffing.rotation.round;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.county.staffing.rotation.staffing.AssignmentCoverService;

/**
 * Follows the round's moves that recruitment-service carries out as temporary or part-time assignments
 * (support teaching, shadowing, itinerant teaching: the home post is kept, so no transfer is announced):
 * an assignment of a planned move starts it; an assignment ended with the teacher back home (RETURNED)
 * records the return. A CONVERTED assignment is followed by a transfer to the host, and the move stays
 * started; TEACHER_LEFT leaves it as it is. Every assignment, of a planned move or not, is kept as the
 * host's cover (rule SHARED_HOURS_COVER), which ends with the assignment.
 */
@ApplicationScoped
public class AssignmentEventsHandler implements EventHandler {

    static final String RETURNED = "RETURNED";

    @Inject
    RotationService rotations;

    @Inject
    AssignmentCoverService cover;

    @Override
    public List<EventType<?>> types() {
        return List.of(TeacherAssigned.TYPE, AssignmentEnded.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(TeacherAssigned.TYPE)) {
            TeacherAssigned assigned = event.data(TeacherAssigned.TYPE);
            cover.assigned(assigned);
            if (assigned.moveId() == null) {
                return;
            }
            RoundMove move = RoundMove.findById(assigned.moveId());
            if (move != null && move.teacherId.equals(assigned.teacherId())) {
                rotations.start(move, assigned.startsOn());
            }
        } else if (event.is(AssignmentEnded.TYPE)) {
            AssignmentEnded ended = event.data(AssignmentEnded.TYPE);
            cover.ended(ended);
            if (!RETURNED.equals(ended.outcome())) {
                return;
            }
            for (RoundMove move : RoundMove.<RoundMove>list("teacherId = ?1 and status = ?2", ended.teacherId(),
                    RoundMove.STARTED)) {
                if (move.fromSchoolId.equals(ended.homeSchoolId()) && move.toSchoolId.equals(ended.hostSchoolId())
                        && !ended.endedOn().isBefore(move.startedOn)) {
                    rotations.returned(move, ended.endedOn());
                }
            }
        }
    }
}
