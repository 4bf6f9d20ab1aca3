package org.county.staffing.rotation.round;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.contracts.rotation.MoveReturned;
import org.county.staffing.contracts.rotation.MoveStarted;
import org.county.staffing.rotation.planner.model.RotationForm;
import org.county.staffing.rotation.staffing.KnownTeacher;
import org.county.staffing.rotation.staffing.TeacherChangedSchool;

/** Records each rotation when it starts and when the teacher returns, and announces both. */
@ApplicationScoped
public class RotationService {

    @Inject
    Outbox outbox;

    /** A teacher changed school: a rotation of ours starting, or a rotated teacher coming back. */
    void onTransfer(@Observes TeacherChangedSchool transfer) {
        transferred(transfer.teacher(), transfer.fromSchoolId(), transfer.moveId(), transfer.effectiveFrom());
    }

    private void transferred(KnownTeacher teacher, String fromSchoolId, UUID moveId, LocalDate effectiveFrom) {
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

    void start(RoundMove move, LocalDate on) {
        if (!RoundMove.PLANNED.equals(move.status)) {
            return;
        }
        move.status = RoundMove.STARTED;
        move.startedOn = on;
        outbox.append(MoveStarted.TYPE, "teacher", move.teacherId.toString(), new MoveStarted(
                move.id, move.roundId, move.teacherId, move.fromSchoolId, move.toSchoolId, move.form.name(), move.termYears,
                move.startedOn, move.returnDate));
    }

    void returned(RoundMove move, LocalDate on) {
        move.status = RoundMove.RETURNED;
        move.returnedOn = on;
        outbox.append(MoveReturned.TYPE, "teacher", move.teacherId.toString(), new MoveReturned(
                move.id, move.roundId, move.teacherId, move.fromSchoolId, move.toSchoolId, move.form.name(), move.startedOn,
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
        if (move.form.equals(RotationForm.COMPETITION)) {
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
}
