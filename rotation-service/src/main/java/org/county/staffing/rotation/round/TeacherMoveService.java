package org.county.staffing.rotation.round;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.rotation.planner.model.Explanation;
import org.county.staffing.rotation.staffing.KnownSchool;
import org.county.staffing.rotation.staffing.KnownTeacher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The moves of one teacher across rounds. Teachers and schools see a move once the bureau has proposed
 * its round into the annual plan (a round still being drafted is the bureau's working paper); the
 * county's overseers see every saved round's moves. A school user sees a teacher of its own staff, or
 * one the move brings to or takes from the school.
 */
@ApplicationScoped
public class TeacherMoveService {

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Transactional
    public List<TeacherMoveView> of(UUID teacherId) {
        caller.requireTeacher(teacherId.toString());
        KnownTeacher teacher = KnownTeacher.findById(teacherId);
        List<RoundMove> moves = RoundMove.list("""
                teacherId = ?1 and roundId in (select r.id from RotationRound r where r.countyId = ?2)
                order by ordinal""", teacherId, caller.countyId());
        boolean known = teacher != null && teacher.countyId.equals(caller.countyId());
        if (!known && moves.isEmpty()) {
            throw RuleViolation.notFound("TEACHER_EXISTS", "teacherId", new Reason(
                    "no teacher " + teacherId + " is known in this county", "本县没有教师 " + teacherId));
        }
        Map<UUID, RotationRound> rounds = new HashMap<>();
        for (RoundMove move : moves) {
            rounds.computeIfAbsent(move.roundId, id -> RotationRound.findById(id));
        }
        boolean officials = !caller.isTeacherUser() && !caller.isSchoolUser();
        if (!officials) {
            moves = moves.stream().filter(m -> !RotationRound.PLANNED.equals(rounds.get(m.roundId).status)).toList();
        }
        if (caller.isSchoolUser()) {
            String own = caller.schoolId().orElse("");
            boolean ownStaff = known && own.equals(teacher.schoolId);
            if (!ownStaff && moves.stream().noneMatch(m -> own.equals(m.fromSchoolId) || own.equals(m.toSchoolId))) {
                throw RuleViolation.forbidden("SCHOOL_SCOPE", new Reason(
                        "a school user reads the moves of its own teachers and of those who come or go",
                        "学校用户只能查看本校教师及调入、调出本校教师的交流"));
            }
        }
        Set<String> schoolIds = new HashSet<>();
        moves.forEach(m -> {
            schoolIds.add(m.fromSchoolId);
            schoolIds.add(m.toSchoolId);
        });
        Map<String, String> names = new HashMap<>();
        if (!schoolIds.isEmpty()) {
            KnownSchool.<KnownSchool>list("id in ?1", schoolIds).forEach(s -> names.put(s.id, s.name));
        }
        return moves.stream()
                .sorted((a, b) -> {
                    int byYear = rounds.get(a.roundId).schoolYear.compareTo(rounds.get(b.roundId).schoolYear);
                    return byYear != 0 ? byYear : rounds.get(a.roundId).createdAt.compareTo(rounds.get(b.roundId).createdAt);
                })
                .map(m -> view(m, rounds.get(m.roundId), names))
                .toList();
    }

    private TeacherMoveView view(RoundMove m, RotationRound round, Map<String, String> names) {
        return new TeacherMoveView(m.id, round.id, round.schoolYear, round.status, m.form, m.termYears, m.subject,
                new TeacherMoveView.SchoolView(m.fromSchoolId, names.get(m.fromSchoolId)),
                new TeacherMoveView.SchoolView(m.toSchoolId, names.get(m.toSchoolId)), m.toPostId, m.pairedWith,
                reasons(m.reasons), m.status, SchoolYear.parse(round.schoolYear).startsOn(), m.startedOn, m.returnDate,
                m.returnedOn);
    }

    private List<Explanation> reasons(String text) {
        try {
            return Arrays.asList(json.readValue(text, Explanation[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored explanations could not be read", e);
        }
    }
}
