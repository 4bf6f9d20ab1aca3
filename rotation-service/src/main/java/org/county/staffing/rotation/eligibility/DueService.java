package org.county.staffing.rotation.eligibility;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.rotation.config.RotationConfig;
import org.county.staffing.rotation.planner.TargetRule;
import org.county.staffing.rotation.planner.model.Grade;
import org.county.staffing.rotation.staffing.KnownTeacher;

/** Who is due to rotate in a school year, from the read models, the evaluations and the exemptions. */
@ApplicationScoped
public class DueService {

    @Inject
    PlatformClock clock;

    @Inject
    EntityManager em;

    @Inject
    RotationConfig config;

    @Inject
    Caller caller;

    public Eligibility.Settings settings() {
        RotationConfig.Eligibility e = config.eligibility();
        return new Eligibility.Settings(e.dueYears(), e.retirementAgeMale(), e.retirementAgeFemale(),
                e.nearRetirementYears(), e.probationYears(), e.recentlyRotatedYears(), e.exemptUnqualified());
    }

    /** Every in-service teacher of the county who reaches the years, with the verdict. */
    public List<Eligibility.Verdict> reached(String countyId, SchoolYear year) {
        Map<UUID, Grade> grades = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> gradeRows = em.createNativeQuery("""
                        select distinct on (teacher_id) teacher_id, grade from evaluation
                        where county_id = ?1 and school_year < ?2
                        order by teacher_id, school_year desc, version desc""")
                .setParameter(1, countyId).setParameter(2, year.toString()).getResultList();
        for (Object[] row : gradeRows) {
            grades.put((UUID) row[0], Grade.valueOf((String) row[1]));
        }
        Map<UUID, String> manual = new HashMap<>();
        for (ExemptionRecord e : ExemptionRecord.<ExemptionRecord>list("countyId = ?1 and schoolYear = ?2", countyId, year.toString())) {
            manual.put(e.teacherId, e.reason);
        }
        Map<UUID, LocalDate> rotated = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rotationRows = em.createNativeQuery("""
                        select m.teacher_id, max(m.started_on) from round_move m join rotation_round r on r.id = m.round_id
                        where r.county_id = ?1 and m.started_on is not null group by m.teacher_id""")
                .setParameter(1, countyId).getResultList();
        for (Object[] row : rotationRows) {
            rotated.put((UUID) row[0], row[1] instanceof LocalDate date ? date : ((java.sql.Date) row[1]).toLocalDate());
        }
        Eligibility.Settings settings = settings();
        List<Eligibility.Verdict> verdicts = new ArrayList<>();
        for (KnownTeacher t : KnownTeacher.<KnownTeacher>list("countyId = ?1 and schoolId is not null and status not in ('LEFT', 'RETIRED') order by schoolId, id", countyId)) {
            Eligibility.Verdict verdict = Eligibility.assess(new Eligibility.Facts(t.id, t.name, t.schoolId, t.mainSubject,
                    t.postId == null ? null : t.postId.toString(), t.status, t.gender, t.birthDate, t.firstHireDate,
                    t.atSchoolSince, rotated.get(t.id), grades.get(t.id), manual.get(t.id), t.backbone, t.young), year, settings);
            if (verdict.reachesYears()) {
                verdicts.add(verdict);
            }
        }
        return verdicts;
    }

    public DueView view(String countyId, SchoolYear year, String schoolId) {
        List<Eligibility.Verdict> verdicts = reached(countyId, year);
        int due = (int) verdicts.stream().filter(Eligibility.Verdict::due).count();
        List<DueView.Line> lines = verdicts.stream()
                .filter(v -> schoolId == null || schoolId.equals(v.teacher().schoolId()))
                .map(v -> new DueView.Line(v.teacher().teacherId(), v.teacher().name(), v.teacher().schoolId(),
                        v.teacher().subject(), v.teacher().atSchoolSince(), v.yearsAtSchool(), v.due() ? "DUE" : "EXEMPT",
                        v.exemptions()))
                .toList();
        return new DueView(year.toString(), settings().dueYears(), verdicts.size(), due, verdicts.size() - due,
                TargetRule.target(due, config.share()), lines);
    }

    @Transactional
    public ExemptionRecord exempt(ExemptionRequest request) {
        SchoolYear year = SchoolYear.parse(request.schoolYear());
        KnownTeacher teacher = KnownTeacher.findById(request.teacherId());
        if (teacher == null || !teacher.countyId.equals(caller.countyId())) {
            throw RuleViolation.notFound("TEACHER_EXISTS", "teacherId", new Reason(
                    "no teacher " + request.teacherId() + " is known in this county", "本县没有教师 " + request.teacherId()));
        }
        if (ExemptionRecord.count("teacherId = ?1 and schoolYear = ?2", teacher.id, year.toString()) > 0) {
            throw RuleViolation.conflict("EXEMPTION_ONCE_PER_YEAR", "teacherId", new Reason(
                    "the teacher is already exempt for " + year, "该教师 " + year + " 学年已免于轮岗"));
        }
        ExemptionRecord record = new ExemptionRecord();
        record.id = UUID.randomUUID();
        record.countyId = teacher.countyId;
        record.teacherId = teacher.id;
        record.schoolYear = year.toString();
        record.reason = request.reason().trim();
        record.createdAt = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        record.createdBy = caller.actor();
        record.persist();
        return record;
    }

    public List<ExemptionRecord> exemptions(String countyId, SchoolYear year) {
        return ExemptionRecord.list("countyId = ?1 and schoolYear = ?2 order by createdAt", countyId, year.toString());
    }
}
