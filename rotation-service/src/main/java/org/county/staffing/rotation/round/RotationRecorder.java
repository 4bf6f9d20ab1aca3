package org.county.staffing.rotation.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.rotation.RotationEvents;
import org.county.staffing.rotation.staffing.KnownTeacher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Follows a proposed round through the annual plan (submitted, approved or rejected, executed) and
 * records each rotation when it starts and when the teacher returns.
 */
@ApplicationScoped
public class RotationRecorder implements EventHandler {

    static final String PLAN_SUBMITTED = "recruitment.plan.submitted.v1";
    static final String PLAN_APPROVED = "recruitment.plan.approved.v1";
    static final String PLAN_REJECTED = "recruitment.plan.rejected.v1";
    static final String PLAN_EXECUTED = "recruitment.plan.executed.v1";

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Override
    public Set<String> eventTypes() {
        return Set.of(PLAN_SUBMITTED, PLAN_APPROVED, PLAN_REJECTED, PLAN_EXECUTED);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        UUID planId = uuid(data, "planId");
        if (planId == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no plan");
        }
        switch (event.type()) {
            case PLAN_SUBMITTED -> {
                for (RotationRound round : roundsOf(data.path("items"))) {
                    round.planId = planId;
                    round.planVersion = data.path("version").isInt() ? data.path("version").asInt() : null;
                    if (!RotationRound.EXECUTED.equals(round.status)) {
                        round.status = RotationRound.SUBMITTED;
                    }
                }
            }
            case PLAN_APPROVED -> {
                List<RotationRound> rounds = RotationRound.list("planId", planId);
                if (rounds.isEmpty() && data.hasNonNull("schoolYear") && event.countyId() != null) {
                    // the approval of a plan whose submission this service did not see: the year's proposed round
                    rounds = RotationRound.list("countyId = ?1 and schoolYear = ?2 and status in (?3, ?4)", event.countyId(),
                            data.path("schoolYear").asText(), RotationRound.PROPOSED, RotationRound.SUBMITTED);
                }
                for (RotationRound round : rounds) {
                    if (!RotationRound.EXECUTED.equals(round.status)) {
                        round.status = RotationRound.APPROVED;
                        round.planId = planId;
                        round.planVersion = data.path("version").isInt() ? data.path("version").asInt() : round.planVersion;
                    }
                }
            }
            case PLAN_REJECTED -> {
                for (RotationRound round : RotationRound.<RotationRound>list("planId", planId)) {
                    if (!RotationRound.EXECUTED.equals(round.status)) {
                        round.status = RotationRound.REJECTED;
                        round.planReasons = data.path("reasons").toString();
                    }
                }
            }
            case PLAN_EXECUTED -> executed(planId, data);
            default -> {
            }
        }
    }

    private List<RotationRound> roundsOf(JsonNode items) {
        Set<UUID> ids = new HashSet<>();
        for (JsonNode item : items) {
            if ("TEACHER_MOVE".equals(item.path("kind").asText()) && item.hasNonNull("roundId")) {
                ids.add(uuid(item, "roundId"));
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
    private void executed(UUID planId, JsonNode data) {
        LocalDate executedOn = data.hasNonNull("executedOn") ? LocalDate.parse(data.path("executedOn").asText().substring(0, 10)) : null;
        for (RotationRound round : roundsOf(data.path("items"))) {
            Set<UUID> carried = new HashSet<>();
            for (JsonNode item : data.path("items")) {
                if (!"TEACHER_MOVE".equals(item.path("kind").asText()) || !item.hasNonNull("moveId")
                        || !round.id.toString().equals(item.path("roundId").asText())) {
                    continue;
                }
                RoundMove move = RoundMove.findById(uuid(item, "moveId"));
                if (move == null || !move.roundId.equals(round.id)) {
                    continue;
                }
                carried.add(move.id);
                if (item.hasNonNull("toSchoolId")) {
                    move.toSchoolId = item.path("toSchoolId").asText();
                }
                if (item.hasNonNull("toPostId")) {
                    move.toPostId = uuid(item, "toPostId");
                }
                start(move, executedOn);
            }
            for (RoundMove move : RoundService.moves(round.id)) {
                if (!carried.contains(move.id) && RoundMove.PLANNED.equals(move.status)) {
                    move.status = RoundMove.DROPPED;
                }
            }
            round.status = RotationRound.EXECUTED;
            round.planId = planId;
            round.executedOn = executedOn;
        }
    }

    /** A teacher changed school: a rotation of ours starting, or a rotated teacher coming back. */
    public void transferred(KnownTeacher teacher, String fromSchoolId, UUID moveId, LocalDate effectiveFrom) {
        if (moveId != null) {
            RoundMove move = RoundMove.findById(moveId);
            if (move != null && move.teacherId.equals(teacher.id)) {
                start(move, effectiveFrom);
                return;
            }
        }
        for (RoundMove move : RoundMove.<RoundMove>list("teacherId = ?1 and status = ?2", teacher.id, RoundMove.STARTED)) {
            if (move.fromSchoolId.equals(teacher.schoolId) && move.toSchoolId.equals(fromSchoolId)) {
                returned(move, effectiveFrom);
            }
        }
    }

    private void start(RoundMove move, LocalDate on) {
        if (!RoundMove.PLANNED.equals(move.status)) {
            return;
        }
        move.status = RoundMove.STARTED;
        move.startedOn = on;
        outbox.append(RotationEvents.MOVE_STARTED, "teacher", move.teacherId.toString(), new RoundEvents.MoveStarted(
                move.id, move.roundId, move.teacherId, move.fromSchoolId, move.toSchoolId, move.form, move.termYears,
                move.startedOn, move.returnDate));
    }

    private void returned(RoundMove move, LocalDate on) {
        move.status = RoundMove.RETURNED;
        move.returnedOn = on;
        outbox.append(RotationEvents.MOVE_RETURNED, "teacher", move.teacherId.toString(), new RoundEvents.MoveReturned(
                move.id, move.roundId, move.teacherId, move.fromSchoolId, move.toSchoolId, move.form, move.startedOn,
                move.returnedOn));
    }

    /** The education bureau records that a rotated teacher is back (a term served without a transfer). */
    @Transactional
    public RoundMove recordReturn(String countyId, UUID moveId, LocalDate returnedOn) {
        RoundMove move = RoundMove.findById(moveId);
        RotationRound round = move == null ? null : RotationRound.findById(move.roundId);
        if (round == null || !round.countyId.equals(countyId)) {
            throw RuleViolation.notFound("ROTATION_EXISTS", "moveId", new Reason(
                    "no rotation " + moveId + " in this county", "本县没有交流记录 " + moveId));
        }
        if (!RoundMove.STARTED.equals(move.status)) {
            throw RuleViolation.conflict("ROTATION_STARTED", "moveId", new Reason(
                    "rotation " + moveId + " is " + move.status + ", not under way", "交流记录 " + moveId + " 当前状态为 " + move.status + "，不在进行中"));
        }
        if (move.form.equals(org.county.staffing.rotation.planner.model.RotationForm.COMPETITION)) {
            throw RuleViolation.unprocessable("ROTATION_RETURNS", "moveId", new Reason(
                    "a post won in a cross-school competition has no return", "跨校竞聘上岗不存在返回"));
        }
        if (returnedOn.isBefore(move.startedOn)) {
            throw RuleViolation.unprocessable("RETURN_AFTER_START", "returnedOn", new Reason(
                    "the return cannot precede the start on " + move.startedOn, "返回日期不能早于开始日期 " + move.startedOn));
        }
        returned(move, returnedOn);
        return move;
    }

    private static UUID uuid(JsonNode data, String field) {
        String value = data.path(field).asText(null);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(field + " '" + value + "' is not a UUID", e);
        }
    }
}
