package org.county.staffing.rotation.round;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.recruitment.PlanApproved;
import org.county.staffing.contracts.recruitment.PlanExecuted;
import org.county.staffing.contracts.recruitment.PlanItem;
import org.county.staffing.contracts.recruitment.PlanRejected;
import org.county.staffing.contracts.recruitment.PlanSubmitted;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Follows a proposed round through recruitment-service's annual plan (submitted, approved or rejected,
 * executed); an executed plan starts the round's moves it carried, and drops the others.
 */
@ApplicationScoped
public class PlanEventsHandler implements EventHandler {

    static final String TEACHER_MOVE = "TEACHER_MOVE";

    @Inject
    RotationService rotations;

    @Inject
    ObjectMapper json;

    @Override
    public List<EventType<?>> types() {
        return List.of(PlanSubmitted.TYPE, PlanApproved.TYPE, PlanRejected.TYPE, PlanExecuted.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(PlanSubmitted.TYPE)) {
            PlanSubmitted submitted = event.data(PlanSubmitted.TYPE);
            for (RotationRound round : roundsOf(submitted.items())) {
                round.planId = submitted.planId();
                round.planVersion = submitted.version();
                if (!RotationRound.EXECUTED.equals(round.status)) {
                    round.status = RotationRound.SUBMITTED;
                }
            }
        } else if (event.is(PlanApproved.TYPE)) {
            PlanApproved approved = event.data(PlanApproved.TYPE);
            List<RotationRound> rounds = RotationRound.list("planId", approved.planId());
            if (rounds.isEmpty() && event.countyId() != null) {
                // the approval of a plan whose submission this service did not see: the year's proposed round
                rounds = RotationRound.list("countyId = ?1 and schoolYear = ?2 and status in (?3, ?4)", event.countyId(),
                        approved.schoolYear(), RotationRound.PROPOSED, RotationRound.SUBMITTED);
            }
            for (RotationRound round : rounds) {
                if (!RotationRound.EXECUTED.equals(round.status)) {
                    round.status = RotationRound.APPROVED;
                    round.planId = approved.planId();
                    round.planVersion = approved.version();
                }
            }
        } else if (event.is(PlanRejected.TYPE)) {
            PlanRejected rejected = event.data(PlanRejected.TYPE);
            for (RotationRound round : RotationRound.<RotationRound>list("planId", rejected.planId())) {
                if (!RotationRound.EXECUTED.equals(round.status)) {
                    round.status = RotationRound.REJECTED;
                    round.planReasons = write(rejected.reasons());
                }
            }
        } else if (event.is(PlanExecuted.TYPE)) {
            executed(event.data(PlanExecuted.TYPE));
        }
    }

    private static List<RotationRound> roundsOf(List<PlanItem> items) {
        Set<UUID> ids = new HashSet<>();
        for (PlanItem item : items) {
            if (TEACHER_MOVE.equals(item.kind()) && item.roundId() != null) {
                ids.add(item.roundId());
            }
        }
        List<RotationRound> rounds = new ArrayList<>();
        for (UUID id : ids) {
            RotationRound round = RotationRound.findById(id);
            if (round != null) {
                rounds.add(round);
            }
        }
        return rounds;
    }

    /** The plan carried its moves out: each of ours starts, as the plan item says; the others are dropped. */
    private void executed(PlanExecuted executed) {
        for (RotationRound round : roundsOf(executed.items())) {
            Set<UUID> carried = new HashSet<>();
            for (PlanItem item : executed.items()) {
                if (!TEACHER_MOVE.equals(item.kind()) || item.moveId() == null || !round.id.equals(item.roundId())) {
                    continue;
                }
                RoundMove move = RoundMove.findById(item.moveId());
                if (move == null || !move.roundId.equals(round.id)) {
                    continue;
                }
                carried.add(move.id);
                if (item.toSchoolId() != null) {
                    move.toSchoolId = item.toSchoolId();
                }
                if (item.toPostId() != null) {
                    move.toPostId = item.toPostId();
                }
                rotations.start(move, executed.executedOn());
            }
            for (RoundMove move : RoundService.moves(round.id)) {
                if (!carried.contains(move.id) && RoundMove.PLANNED.equals(move.status)) {
                    move.status = RoundMove.DROPPED;
                }
            }
            round.status = RotationRound.EXECUTED;
            round.planId = executed.planId();
            round.executedOn = executed.executedOn();
        }
    }

    private String write(List<String> reasons) {
        try {
            return json.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
