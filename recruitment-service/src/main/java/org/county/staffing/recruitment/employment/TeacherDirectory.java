package org.county.staffing.recruitment.employment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.recruitment.TeacherRegistered;
import org.county.staffing.contracts.recruitment.TeacherUpdated;
import org.county.staffing.recruitment.config.RecruitmentConfig;

/** Finds teachers, shows them, and announces their changes. */
@ApplicationScoped
public class TeacherDirectory {

    @Inject
    RecruitmentConfig config;

    @Inject
    PlatformClock clock;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    /** The teacher of the caller's county, or 404 TEACHER_EXISTS (another county's teacher is not shown to exist). */
    public Teacher require(String countyId, UUID id, String field, boolean lock) {
        Teacher teacher = id == null ? null : lock ? Teacher.findById(id, LockModeType.PESSIMISTIC_WRITE) : Teacher.findById(id);
        requireInCounty(teacher, countyId, id, field);
        return teacher;
    }

    /**
     * The teacher as the caller may read it: a teacher reads only their own record, a school only the
     * teachers holding posts at it; another county's teacher is 404.
     */
    public Teacher requireReadable(Caller caller, UUID id) {
        caller.requireTeacher(id.toString());
        Teacher teacher = require(caller.countyId(), id, "id", false);
        if (caller.isSchoolUser()) {
            requireSchoolScope(caller, Appointment.activeOf(teacher.id));
        }
        return teacher;
    }

    /**
     * The teacher's view as the caller may read it ({@link #requireReadable}'s rules) in one statement:
     * the teacher's row with its current appointment joined (at most one, by the unique index of active
     * appointments), which the school scope is checked on and the view shows.
     */
    public TeacherView readableView(Caller caller, UUID id) {
        caller.requireTeacher(id.toString());
        List<Object[]> rows = em.createQuery("""
                        select t, a from Teacher t left join Appointment a on a.teacherId = t.id and a.endedOn is null
                         where t.id = :id""", Object[].class)
                .setParameter("id", id)
                .getResultList();
        Teacher teacher = rows.isEmpty() ? null : (Teacher) rows.get(0)[0];
        requireInCounty(teacher, caller.countyId(), id, "id");
        Appointment current = (Appointment) rows.get(0)[1];
        if (caller.isSchoolUser()) {
            requireSchoolScope(caller, current);
        }
        return view(teacher, current);
    }

    private static void requireInCounty(Teacher teacher, String countyId, UUID id, String field) {
        if (teacher == null || !teacher.countyId.equals(countyId)) {
            throw RuleViolation.notFound("TEACHER_EXISTS", field, new Reason(
                    "no teacher " + id + " in this county", "本县没有教师 " + id));
        }
    }

    /** Rule SCHOOL_SCOPE: a school user reads only the teachers whose current appointment is at its school. */
    private static void requireSchoolScope(Caller caller, Appointment current) {
        String own = caller.schoolId().orElse("");
        if (current == null || !current.schoolId.equals(own)) {
            throw RuleViolation.forbidden("SCHOOL_SCOPE", new Reason(
                    "a school user reads only the teachers holding posts at its own school",
                    "学校用户只能查看本校在岗教师"));
        }
    }

    public boolean young(Teacher teacher) {
        return TeacherRules.young(teacher.birthDate, clock.today(), config.teacher().youngUnderAge());
    }

    public TeacherView view(Teacher t) {
        Appointment current = Appointment.activeOf(t.id);
        return view(t, current);
    }

    public TeacherView view(Teacher t, Appointment current) {
        return new TeacherView(t.id, t.countyId, t.name, t.gender, t.birthDate, t.idNumberMasked, t.subjectList(), t.title,
                t.category, t.firstHireDate, t.status, t.backbone, young(t),
                current == null ? null : new TeacherView.CurrentAppointment(current.id, current.postId, current.schoolId,
                        current.effectiveFrom));
    }

    private String currentSchool(Teacher t) {
        Appointment current = Appointment.activeOf(t.id);
        return current == null ? null : current.schoolId;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announceRegistered(Teacher t) {
        announceRegistered(t, currentSchool(t));
    }

    /** Announces a teacher whose school (null: none yet) the caller knows, without reading it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceRegistered(Teacher t, String currentSchool) {
        outbox.append(TeacherRegistered.TYPE, "teacher", t.id.toString(), t.countyId, new TeacherRegistered(t.id, t.countyId,
                t.name, t.gender.name(), t.birthDate, t.idNumberMasked, t.subjectList(), t.title.name(), t.category.name(),
                t.firstHireDate, t.status.name(), t.backbone, young(t), currentSchool));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announceUpdated(Teacher t) {
        outbox.append(TeacherUpdated.TYPE, "teacher", t.id.toString(), t.countyId, new TeacherUpdated(t.id, t.countyId,
                t.name, t.gender.name(), t.birthDate, t.idNumberMasked, t.subjectList(), t.title.name(), t.category.name(),
                t.firstHireDate, t.status.name(), t.backbone, young(t), currentSchool(t)));
    }
}
