package org.county.staffing.rotation.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.problem.Violation;
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

    /** One teacher's evaluation that passed every rule, ready to be written. */
    private record Checked(KnownTeacher teacher, EvaluationRequest request, Evaluation current) {
    }

    @Transactional
    public Recorded record(UUID teacherId, SchoolYear schoolYear, EvaluationRequest request, LocalDate today) {
        // the row lock serialises two evaluations of one teacher, so versions never collide
        KnownTeacher teacher = KnownTeacher.findById(teacherId, LockModeType.PESSIMISTIC_WRITE);
        Checked checked = check(teacherId, teacher, schoolYear, request, () -> Evaluation.<Evaluation>find(
                "teacherId = ?1 and schoolYear = ?2 order by version desc", teacherId, schoolYear.toString()).firstResult());
        requireStarted(schoolYear, today);
        Evaluation written = write(checked, schoolYear);
        List<EvaluationView> history = checked.current() == null ? List.of()
                : history(teacherId, written.schoolYear, written.version);
        return new Recorded(EvaluationView.of(written, history), checked.current() == null);
    }

    /**
     * A school's evaluations of a school year in one request, all or nothing: every line is checked by the
     * rules of a single evaluation, each refusal is reported at its teacher ({@code evaluations[<teacherId>].<field>}),
     * and only when none is refused are they all written, with their events, in one transaction.
     */
    @Transactional
    public SchoolEvaluationsView recordSchool(String schoolId, SchoolYear schoolYear,
                                              Map<UUID, EvaluationRequest> lines, LocalDate today) {
        caller.requireSchool(schoolId);
        if (lines.containsKey(null)) {
            throw RuleViolation.badRequest("FIELD_TYPE", "evaluations", new Reason(
                    "each evaluation is keyed by its teacher's id (a UUID)", "每条考评须以教师编号（UUID）为键"));
        }
        requireStarted(schoolYear, today);
        // a school's year is read in three statements whatever its size: its teachers (locked in id order, so
        // two requests over the same teachers cannot deadlock), their current evaluations, those not evaluated
        List<UUID> ids = lines.keySet().stream().sorted().toList();
        Map<UUID, KnownTeacher> teachers = new HashMap<>();
        KnownTeacher.<KnownTeacher>find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .forEach(t -> teachers.put(t.id, t));
        Map<UUID, Evaluation> current = new HashMap<>();
        Evaluation.<Evaluation>list("teacherId in ?1 and schoolYear = ?2 order by version desc", ids, schoolYear.toString())
                .forEach(e -> current.putIfAbsent(e.teacherId, e));
        List<Violation> refused = new ArrayList<>();
        int status = 0;
        List<Checked> accepted = new ArrayList<>();
        for (Map.Entry<UUID, EvaluationRequest> line : lines.entrySet()) {
            try {
                accepted.add(check(line.getKey(), teachers.get(line.getKey()), schoolYear, line.getValue(),
                        () -> current.get(line.getKey())));
            } catch (RuleViolation e) {
                status = status == 0 || status == e.status() ? e.status() : 422;
                String at = "evaluations[" + line.getKey() + "]";
                e.violations().forEach(v -> refused.add(new Violation(
                        v.field() == null ? at : at + "." + v.field(), v.rule(), v.reason())));
            }
        }
        if (!refused.isEmpty()) {
            throw new RuleViolation(status, refused);
        }
        int created = 0;
        List<EvaluationView> views = new ArrayList<>();
        for (Checked checked : accepted) {
            Evaluation written = write(checked, schoolYear);
            created += checked.current() == null ? 1 : 0;
            views.add(EvaluationView.of(written, List.of()));
        }
        List<UUID> notEvaluated = KnownTeacher.<KnownTeacher>list("from KnownTeacher t where t.schoolId = ?1"
                        + " and t.status not in ('LEFT', 'RETIRED') and not exists (select 1 from Evaluation e"
                        + " where e.teacherId = t.id and e.schoolYear = ?2) order by t.id", schoolId, schoolYear.toString())
                .stream().map(t -> t.id).filter(t -> !lines.containsKey(t)).toList();
        return new SchoolEvaluationsView(schoolId, schoolYear.toString(), created, accepted.size() - created, views, notEvaluated);
    }

    /** The rules of one evaluation of {@code teacher}: the current school's, once a year, corrections of the current version. */
    private Checked check(UUID teacherId, KnownTeacher teacher, SchoolYear schoolYear, EvaluationRequest request,
                          Supplier<Evaluation> currentEvaluation) {
        if (teacher == null || !teacher.countyId.equals(caller.countyId())) {
            throw teacherNotFound(teacherId);
        }
        String school = caller.schoolId().orElse(null);
        if (!teacher.inService() || school == null || !school.equals(teacher.schoolId)) {
            throw RuleViolation.forbidden("EVALUATION_BY_CURRENT_SCHOOL", new Reason(
                    "only a user of the teacher's current school evaluates the teacher",
                    "只有教师当前所在学校的用户才能对其考评"));
        }
        Evaluation current = currentEvaluation.get();
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
        return new Checked(teacher, request, current);
    }

    private static void requireStarted(SchoolYear schoolYear, LocalDate today) {
        if (schoolYear.startsOn().isAfter(today)) {
            throw RuleViolation.unprocessable("EVALUATION_YEAR_STARTED", "schoolYear", new Reason(
                    "school year " + schoolYear + " has not started; it starts on " + schoolYear.startsOn(),
                    "学年 " + schoolYear + " 尚未开始（" + schoolYear.startsOn() + " 开始）"));
        }
    }

    /** Writes the checked evaluation as the next version and its event into the outbox. */
    private Evaluation write(Checked checked, SchoolYear schoolYear) {
        KnownTeacher teacher = checked.teacher();
        EvaluationRequest request = checked.request();
        Evaluation current = checked.current();
        Integer corrects = request.correctsVersion();
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.teacherId = teacher.id;
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
        outbox.append(EvaluationRecorded.TYPE, "teacher", evaluation.teacherId.toString(),
                new EvaluationRecorded(evaluation.id, evaluation.teacherId, evaluation.schoolId, evaluation.schoolYear,
                        evaluation.grade.name(), evaluation.score, evaluation.version, corrects));
        return evaluation;
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
