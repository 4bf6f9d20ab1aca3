package org.county.staffing.recruitment.employment;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.Subjects;
import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.time.PlatformClock;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

/** Registers teachers and keeps their records. */
@ApplicationScoped
public class TeacherService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(TeacherService.class);

    @Inject
    TeacherDirectory directory;

    @Inject
    IdNumberProtection protection;

    @Inject
    Subjects subjects;

    @Inject
    PlatformClock clock;

    @Transactional
    public Teacher register(String countyId, TeacherRegistration registration) {
        Teacher teacher = newTeacher(countyId, registration);
        teacher.persist();
        directory.announceRegistered(teacher);
        LOG.infof("teacher %s (ID number %s) registered in county %s", teacher.id, teacher.idNumberMasked, countyId);
        return teacher;
    }

    /**
     * Checks a registration and builds the record without saving it; the ID number is checked
     * for form, check digit, birth date and gender, and must not belong to a registered teacher.
     */
    public Teacher newTeacher(String countyId, TeacherRegistration r) {
        return newTeacher(countyId, r, null);
    }

    /** Ids and ID-number hashes that are registered already, read for a whole import at once. */
    public record Registered(Set<UUID> ids, Set<String> idNumberHashes) {
    }

    /**
     * Which of {@code ids} (in any county) and of {@code idNumbers} (in this county; a malformed one
     * is left out, its row is refused by its own check) are registered: two queries.
     */
    public Registered registeredAmong(String countyId, Collection<UUID> ids, Collection<String> idNumbers) {
        Set<String> hashes = new HashSet<>();
        for (String idNumber : idNumbers) {
            try {
                hashes.add(protection.hash(NationalIdNumber.parse("idNumber", idNumber)));
            } catch (RuleViolation malformed) {
                // reported when its row is checked
            }
        }
        Set<UUID> takenIds = ids.isEmpty() ? Set.of() : Teacher.getEntityManager()
                .createQuery("select t.id from Teacher t where t.id in :ids", UUID.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toSet());
        Set<String> takenHashes = hashes.isEmpty() ? Set.of() : Teacher.getEntityManager()
                .createQuery("select t.idNumberHash from Teacher t where t.countyId = :county and t.idNumberHash in :hashes",
                        String.class).setParameter("county", countyId).setParameter("hashes", hashes)
                .getResultStream().collect(Collectors.toSet());
        return new Registered(takenIds, takenHashes);
    }

    /**
     * As {@link #newTeacher(String, TeacherRegistration)}, with what is registered already read
     * before ({@code registered}; null: read here, one query each).
     */
    public Teacher newTeacher(String countyId, TeacherRegistration r, Registered registered) {
        NationalIdNumber number = NationalIdNumber.parse("idNumber", r.idNumber());
        number.requireMatches("idNumber", r.birthDate(), r.gender());
        TeacherRules.requirePlausibleDates(r.birthDate(), r.firstHireDate(), clock.today());
        PostCategory category = r.category() != null ? r.category() : PostCategory.TEACHING;
        List<String> canonical = new ArrayList<>();
        for (int i = 0; i < r.subjects().size(); i++) {
            canonical.add(subjects.require("subjects[" + i + "]", r.subjects().get(i)));
        }
        canonical = TeacherRules.requireSubjects(category, canonical);
        if (r.id() != null && (registered != null ? registered.ids().contains(r.id()) : Teacher.findById(r.id()) != null)) {
            throw RuleViolation.conflict("TEACHER_ID_UNIQUE", "id", new Reason(
                    "teacher " + r.id() + " is already registered", "教师 " + r.id() + " 已登记"));
        }
        String hash = protection.hash(number);
        if (registered != null ? registered.idNumberHashes().contains(hash)
                : Teacher.count("countyId = ?1 and idNumberHash = ?2", countyId, hash) > 0) {
            throw RuleViolation.conflict("ID_NUMBER_UNIQUE", "idNumber", new Reason(
                    "a teacher with ID number " + number.masked() + " is already registered in this county",
                    "本县已登记身份证号码为 " + number.masked() + " 的教师"));
        }
        Teacher t = new Teacher();
        t.id = r.id() != null ? r.id() : UUID.randomUUID();
        t.countyId = countyId;
        t.name = r.name().trim();
        t.gender = r.gender();
        t.birthDate = r.birthDate();
        t.idNumberHash = hash;
        t.idNumberMasked = number.masked();
        t.idNumberEncrypted = protection.encrypt(number);
        t.subjectList(canonical);
        t.title = r.title();
        t.category = category;
        t.firstHireDate = r.firstHireDate();
        t.status = TeacherStatus.ACTIVE;
        t.backbone = Boolean.TRUE.equals(r.backbone());
        t.registeredAt = clock.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return t;
    }

    /** Checks an OPEN campaign's candidate like a registration and keeps the ID number protected. */
    public Candidate.Stored protect(String countyId, Candidate c) {
        NationalIdNumber number = NationalIdNumber.parse("candidate.idNumber", c.idNumber());
        number.requireMatches("candidate.idNumber", c.birthDate(), c.gender());
        if (c.birthDate().isAfter(clock.today().minusYears(TeacherRules.MINIMUM_HIRE_AGE))) {
            throw RuleViolation.unprocessable("BIRTH_DATE_ADULT", "candidate.birthDate", new Reason(
                    "a candidate is at least " + TeacherRules.MINIMUM_HIRE_AGE + " years old",
                    "应聘人员须年满" + TeacherRules.MINIMUM_HIRE_AGE + "周岁"));
        }
        PostCategory category = c.category() != null ? c.category() : PostCategory.TEACHING;
        List<String> canonical = new ArrayList<>();
        for (int i = 0; i < c.subjects().size(); i++) {
            canonical.add(subjects.require("candidate.subjects[" + i + "]", c.subjects().get(i)));
        }
        canonical = TeacherRules.requireSubjects(category, canonical);
        String hash = protection.hash(number);
        if (Teacher.count("countyId = ?1 and idNumberHash = ?2", countyId, hash) > 0) {
            throw RuleViolation.unprocessable("OPEN_CAMPAIGN_FOR_NEW_HIRES", "candidate.idNumber", new Reason(
                    "the candidate is already a teacher of the county; county teachers compete in INTERNAL campaigns",
                    "该应聘人员已是本县教师，县内教师应参加校际竞聘（INTERNAL）"));
        }
        return new Candidate.Stored(c.name().trim(), c.gender(), c.birthDate(), hash, number.masked(),
                protection.encrypt(number), canonical, c.title(), category);
    }

    /** Registers a hired candidate as a teacher of the county, first hired on {@code hiredOn}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Teacher registerHired(String countyId, Candidate.Stored c, java.time.LocalDate hiredOn) {
        if (Teacher.count("countyId = ?1 and idNumberHash = ?2", countyId, c.idNumberHash()) > 0) {
            throw RuleViolation.conflict("ID_NUMBER_UNIQUE", "applicationId", new Reason(
                    "a teacher with ID number " + c.idNumberMasked() + " is already registered in this county",
                    "本县已登记身份证号码为 " + c.idNumberMasked() + " 的教师"));
        }
        Teacher t = new Teacher();
        t.id = UUID.randomUUID();
        t.countyId = countyId;
        t.name = c.name();
        t.gender = c.gender();
        t.birthDate = c.birthDate();
        t.idNumberHash = c.idNumberHash();
        t.idNumberMasked = c.idNumberMasked();
        t.idNumberEncrypted = c.idNumberEncrypted();
        t.subjectList(c.subjects());
        t.title = c.title();
        t.category = c.category();
        t.firstHireDate = hiredOn;
        t.status = TeacherStatus.ACTIVE;
        t.registeredAt = clock.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        t.persist();
        directory.announceRegistered(t);
        return t;
    }

    /** The body of {@code PATCH /teachers/{id}}: only the fields given change. */
    public record TeacherChange(String name, List<String> subjects, TitleGrade title, TeacherStatus status, Boolean backbone) {
    }

    @Transactional
    public Teacher change(String countyId, UUID id, TeacherChange change) {
        Teacher t = directory.require(countyId, id, "id", true);
        if (!t.status.employed()) {
            throw RuleViolation.conflict("TEACHER_EMPLOYED", "id", new Reason(
                    "the teacher has " + t.status + "; the record is closed", "该教师已" + t.status + "，档案已关闭"));
        }
        List<Object> before = announced(t);
        if (change.name() != null) {
            if (change.name().isBlank() || change.name().length() > 60) {
                throw RuleViolation.badRequest("NAME_FORM", "name", new Reason("a name has 1 to 60 characters", "姓名应为1至60个字符"));
            }
            t.name = change.name().trim();
        }
        if (change.subjects() != null) {
            List<String> canonical = new ArrayList<>();
            for (int i = 0; i < change.subjects().size(); i++) {
                canonical.add(subjects.require("subjects[" + i + "]", change.subjects().get(i)));
            }
            canonical = TeacherRules.requireSubjects(t.category, canonical);
            org.county.staffing.recruitment.employment.Appointment current =
                    org.county.staffing.recruitment.employment.Appointment.activeOf(t.id);
            if (current != null && current.subject != null && !canonical.contains(current.subject)) {
                throw RuleViolation.unprocessable("POST_SUBJECT_MATCHES", "subjects", new Reason(
                        "the teacher holds a " + current.subject + " post; the subjects must keep " + current.subject,
                        "该教师现聘 " + current.subject + " 学科岗位，任教学科须包含 " + current.subject));
            }
            t.subjectList(canonical);
        }
        if (change.title() != null) {
            t.title = change.title();
        }
        if (change.status() != null) {
            TeacherRules.requireDirectStatusChange(t.status, change.status());
            t.status = change.status();
        }
        if (change.backbone() != null) {
            t.backbone = change.backbone();
        }
        // a change that changes nothing is not news: no event
        if (!announced(t).equals(before)) {
            directory.announceUpdated(t);
        }
        return t;
    }

    /** The fields a PATCH can change, as the updated event shows them. */
    private static List<Object> announced(Teacher t) {
        return java.util.Arrays.asList(t.name, List.copyOf(t.subjectList()), t.title, t.status, t.backbone);
    }

    public List<Teacher> list(String countyId, String schoolId, String subject, TeacherStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("countyId = :county");
        Parameters params = Parameters.with("county", countyId);
        if (schoolId != null) {
            query.append(" and id in (select a.teacherId from Appointment a where a.schoolId = :school and a.endedOn is null)");
            params.and("school", schoolId);
        }
        if (subject != null) {
            query.append(" and concat(',', subjects, ',') like :subject");
            params.and("subject", "%," + subjects.require("subject", subject) + ",%");
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return Teacher.<Teacher>find(query + " order by name, id", params).page(Page.of(page, size)).list();
    }
}
