package org.county.staffing.rotation.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.contracts.rotation.EvaluationRecorded;
import org.county.staffing.rotation.staffing.KnownTeacher;

/** Evaluations: written by the teacher's current school, one per school year, corrections versioned. */
@ApplicationScoped
public class EvaluationService {

    @Inject
    PlatformClock clock;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    public record Recorded(EvaluationView view, boolean created) {
    }

    @Transactional
    public Recorded record(UUID teacherId, SchoolYear schoolYear, EvaluationRequest request, LocalDate today) {
        // the row lock serialises two evaluations of one teacher, so versions never collide
        KnownTeacher teacher = KnownTeacher.findById(teacherId, LockModeType.PESSIMISTIC_WRITE);
        if (teacher == null || !teacher.countyId.equals(caller.countyId())) {
            throw teacherNotFound(teacherId);
        }
        String school = caller.schoolId().orElse(null);
        if (!teacher.inService() || school == null || !school.equals(teacher.schoolId)) {
            throw RuleViolation.forbidden("EVALUATION_BY_CURRENT_SCHOOL", new Reason(
                    "only a user of the teacher's current school evaluates the teacher",
                    "只有教师当前所在学校的用户才能对其考评"));
        }
        if (schoolYear.startsOn().isAfter(today)) {
            throw RuleViolation.unprocessable("EVALUATION_YEAR_STARTED", "schoolYear", new Reason(
                    "school year " + schoolYear + " has not started; it starts on " + schoolYear.startsOn(),
                    "学年 " + schoolYear + " 尚未开始（" + schoolYear.startsOn() + " 开始）"));
        }
        Evaluation current = Evaluation.find("teacherId = ?1 and schoolYear = ?2 order by version desc",
                teacherId, schoolYear.toString()).firstResult();
        Integer corrects = request.correctsVersion();
        if (current != null && corrects == null) {
            throw RuleViolation.conflict("EVALUATION_ONCE_PER_YEAR", "schoolYear", new Reason(
                    "the teacher is already evaluated for " + schoolYear + " (version " + current.version
                            + "); to correct it, send correctsVersion " + current.version + " and a correctionReason",
                    "该教师 " + schoolYear + " 学年已有考评（第 " + current.version + " 版）；如需更正，请提交 correctsVersion "
                            + current.version + " 和 correctionReason"));
        }
        if (corrects != null && (current == null || current.version != corrects)) {
            throw RuleViolation.conflict("EVALUATION_VERSION_CURRENT", "correctsVersion", new Reason(
                    current == null ? "there is no evaluation for " + schoolYear + " to correct"
                            : "version " + corrects + " is not the current one (" + current.version + ")",
                    current == null ? schoolYear + " 学年没有可更正的考评"
                            : "第 " + corrects + " 版不是当前版本（当前为第 " + current.version + " 版）"));
        }
        if (corrects != null && (request.correctionReason() == null || request.correctionReason().isBlank())) {
            throw RuleViolation.badRequest("CORRECTION_REASON_REQUIRED", "correctionReason", new Reason(
                    "a correction says why", "更正考评须说明原因"));
        }
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.teacherId = teacherId;
        evaluation.schoolId = teacher.schoolId;
        evaluation.countyId = teacher.countyId;
        evaluation.schoolYear = schoolYear.toString();
        evaluation.version = current == null ? 1 : current.version + 1;
        evaluation.grade = request.grade();
        evaluation.score = request.score();
        evaluation.comment = request.comment();
        evaluation.correctionReason = corrects == null ? null : request.correctionReason().trim();
        evaluation.recordedAt = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        evaluation.recordedBy = caller.actor();
        evaluation.persist();
        outbox.append(EvaluationRecorded.TYPE, "teacher", teacherId.toString(),
                new EvaluationRecorded(evaluation.id, teacherId, evaluation.schoolId, evaluation.schoolYear,
                        evaluation.grade.name(), evaluation.score, evaluation.version, corrects));
        List<EvaluationView> history = current == null ? List.of() : history(teacherId, evaluation.schoolYear, evaluation.version);
        return new Recorded(EvaluationView.of(evaluation, history), current == null);
    }

    /** Every school year's current evaluation of the teacher, latest year first, each with its corrected versions. */
    public List<EvaluationView> list(UUID teacherId) {
        caller.requireTeacher(teacherId.toString());
        KnownTeacher teacher = KnownTeacher.findById(teacherId);
        if (teacher == null || !teacher.countyId.equals(caller.countyId())) {
            throw teacherNotFound(teacherId);
        }
        if (caller.isSchoolUser() && !caller.schoolId().map(s -> s.equals(teacher.schoolId)).orElse(false)) {
            throw RuleViolation.forbidden("SCHOOL_SCOPE", new Reason(
                    "a school user reads the evaluations of its own teachers only",
                    "学校用户只能查看本校教师的考评"));
        }
        Map<String, List<Evaluation>> byYear = new LinkedHashMap<>();
        for (Evaluation e : Evaluation.<Evaluation>list("teacherId = ?1 order by schoolYear desc, version desc", teacherId)) {
            byYear.computeIfAbsent(e.schoolYear, k -> new ArrayList<>()).add(e);
        }
        List<EvaluationView> views = new ArrayList<>();
        byYear.values().forEach(versions -> views.add(EvaluationView.of(versions.get(0),
                versions.subList(1, versions.size()).stream().map(v -> EvaluationView.of(v, List.of())).toList())));
        return views;
    }

    private static List<EvaluationView> history(UUID teacherId, String schoolYear, int below) {
        return Evaluation.<Evaluation>list("teacherId = ?1 and schoolYear = ?2 and version < ?3 order by version desc",
                teacherId, schoolYear, below).stream().map(v -> EvaluationView.of(v, List.of())).toList();
    }

    static RuleViolation teacherNotFound(UUID teacherId) {
        return RuleViolation.notFound("TEACHER_EXISTS", "teacherId", new Reason(
                "no teacher " + teacherId + " is known in this county",
                "本县没有教师 " + teacherId));
    }
}
