package org.county.staffing.recruitment.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.rotation.RoundProposed;

/** A rotation round proposed by the schools' side: its moves become TEACHER_MOVE items of the year's plan. */
@ApplicationScoped
public class OnRoundProposed implements EventHandler {

    @Inject
    PlanService plans;

    @Override
    public List<EventType<?>> types() {
        return List.of(RoundProposed.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        RoundProposed round = event.data(RoundProposed.TYPE);
        try {
            SchoolYear year = SchoolYear.parse(round.schoolYear());
            List<PlanItem> moves = new ArrayList<>();
            for (RoundProposed.Move m : round.moves()) {
                RotationForm form = RoundProposed.TYPE.enumValue("moves.form", RotationForm.class, m.form());
                moves.add(PlanItem.teacherMove(m.teacherId(), m.fromSchoolId(), m.fromPostId(), m.toSchoolId(),
                        m.toPostId(), m.subject(), form, m.termYears(), m.returnDate(), round.roundId(), m.moveId(),
                        MoveSource.ROTATION));
            }
            plans.addRotationMoves(round.countyId(), year, moves);
        } catch (RuleViolation e) {
            throw new MalformedEventException(e.rule() + ": " + e.violations().get(0).reason().en(), e);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " is malformed: " + e.getMessage(), e);
        }
    }
}
