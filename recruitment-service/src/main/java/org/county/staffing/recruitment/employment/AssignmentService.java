package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
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
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.config.BackboneConfig;
import org.county.staffing.backbone.context.EventContext;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.county.staffing.recruitment.config.RecruitmentConfig;
import org.county.staffing.recruitment.post.KnownPost;
import org.county.staffing.recruitment.post.PostDirectory;
import org.county.staffing.recruitment.post.PostFacts;

/**
 * Temporary and part-time assignments: started from an approved plan, ended by the scheduled
 * return at the return date or converted by the bureau into a transfer to the host post. The
 * teacher's home appointment is never touched while the assignment runs, so the home post stays
 * held (reserved) and is not a vacancy.
 */
@ApplicationScoped
public class AssignmentService {

    @Inject
    TeacherDirectory teachers;

    @Inject
    PostDirectory posts;

    @Inject
    EmploymentService employment;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Inject
    RecruitmentConfig config;

    @Inject
    BackboneConfig backbone;

    /**
     * One planned assignment: the teacher (holding {@code expectedHomePostId} when given) goes to
     * {@code hostPostId}; the return date is the planned one or follows from {@code termYears}.
     * {@code field} is the plan item's path, for the problems' field names.
     */
    public record Start(UUID teacherId, UUID expectedHomePostId, UUID hostPostId, AssignmentForm form, Integer hoursPerWeek,
                        Integer termYears, LocalDate returnDate, LocalDate startsOn, UUID planId, UUID moveId,
                        UUID roundId, String field) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment start(String countyId, Start s) {
        String at = s.field() == null ? "" : s.field() + ".";
        Teacher teacher = teachers.require(countyId, s.teacherId(), at + "teacherId", true);
        AppointmentRules.requireActive(teacher.status);
        Appointment home = Appointment.activeOf(teacher.id);
        AppointmentRules.requireTransferable(home != null);
        if (s.expectedHomePostId() != null && !s.expectedHomePostId().equals(home.postId)) {
            throw RuleViolation.conflict("MOVE_FROM_CURRENT_POST", at + "fromPostId", new Reason(
                    "teacher " + teacher.id + " no longer holds post " + s.expectedHomePostId(),
                    "教师 " + teacher.id + " 已不在岗位 " + s.expectedHomePostId()));
        }
        List<AssignmentForm> running = Assignment.activeOf(teacher.id).stream().map(a -> a.form).toList();
        AssignmentRules.requireCompatible(running, s.form(), at + "teacherId");
        if (Secondment.activeOf(teacher.id) != null) {
            throw RuleViolation.conflict("ASSIGNMENT_ONE_AT_A_TIME", at + "teacherId", new Reason(
                    "the teacher is seconded to another institution", "该教师正在借调中"));
        }
        int fullPostHours = config.itinerant().fullPostHours();
        Integer hours = AssignmentRules.hoursPerWeek(s.form(), s.hoursPerWeek(), config.itinerant().defaultHoursPerWeek(),
                fullPostHours, at + "hoursPerWeek");
        LocalDate returnDate = AssignmentRules.returnDate(s.startsOn(), s.returnDate(), s.termYears());
        AssignmentRules.requireReturnAfterStart(s.startsOn(), returnDate, at + "returnDate");

        String hostField = at + "toPostId";
        KnownPost host = posts.require(countyId, s.hostPostId(), hostField, true);
        if (host.schoolId.equals(home.schoolId)) {
            throw RuleViolation.unprocessable("ASSIGNMENT_AT_ANOTHER_SCHOOL", hostField, new Reason(
                    "the host post is at the teacher's own school", "接收岗位在教师本校"));
        }
        PostFacts facts = posts.facts(host);
        AppointmentRules.requireVacant(facts, hostField);
        AppointmentRules.requireMatch(teacher.category, teacher.subjectList(), facts, hostField);
        int covered = Assignment.activeOnHostPost(host.postId).stream()
                .mapToInt(a -> AssignmentRules.coveredHours(a.form, a.hoursPerWeek, fullPostHours)).sum();
        AssignmentRules.requireHostPostCoverable(false, covered,
                AssignmentRules.coveredHours(s.form(), hours, fullPostHours), fullPostHours, hostField);

        Assignment a = new Assignment();
        a.id = UUID.randomUUID();
        a.countyId = countyId;
        a.teacherId = teacher.id;
        a.form = s.form();
        a.homeAppointmentId = home.id;
        a.homePostId = home.postId;
        a.homeSchoolId = home.schoolId;
        a.hostSchoolId = host.schoolId;
        a.hostPostId = host.postId;
        a.hoursPerWeek = hours;
        a.startsOn = s.startsOn();
        a.returnDate = returnDate;
        a.planId = s.planId();
        a.moveId = s.moveId();
        a.roundId = s.roundId();
        a.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        a.persist();
        outbox.append(TeacherAssigned.TYPE, "teacher", teacher.id.toString(), countyId,
                new TeacherAssigned(a.id, teacher.id, a.form.name(), a.homePostId, a.homeSchoolId, a.hostSchoolId,
                        a.hostPostId, a.hoursPerWeek, fullPostHours, a.startsOn, a.returnDate, a.planId, a.moveId,
                        a.roundId, a.postShare(fullPostHours)));
        return a;
    }

    /**
     * The scheduled return: every assignment whose return date has come ends as RETURNED on that
     * date, and the teacher is back at the home post (which they never left), announced per teacher.
     */
    @Transactional
    public List<Assignment> returnDue(LocalDate today) {
        List<Assignment> due = Assignment.<Assignment>find("endedOn is null and returnDate <= ?1 order by returnDate, id", today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        List<Assignment> returned = new ArrayList<>();
        for (Assignment a : due) {
            if (!AssignmentRules.due(a.returnDate, today)) {
                continue;
            }
            AssignmentEnded ended = a.end(a.returnDate, AssignmentOutcome.RETURNED);
            // scheduled work speaks for the service itself, whatever context the scheduler runs in
            EventContext.runWith(EventContext.system(backbone.serviceName(), a.countyId), () ->
                    outbox.append(AssignmentEnded.TYPE, "teacher", a.teacherId.toString(), a.countyId, ended));
            returned.add(a);
        }
        return returned;
    }

    /**
     * The bureau turns a support-teaching or shadowing assignment into a transfer: the assignment
     * ends as CONVERTED and the teacher moves from the home post to the host post on {@code effectiveFrom}.
     */
    @Transactional
    public Assignment convert(String countyId, UUID id, LocalDate effectiveFrom) {
        Assignment found = require(countyId, id, false);
        // teacher before anything else, the order every employment change locks in
        teachers.require(countyId, found.teacherId, "id", true);
        Assignment a = require(countyId, id, true);
        AssignmentRules.requireConvertible(a.form, a.active(), a.hostPostId != null);
        if (effectiveFrom.isBefore(a.startsOn)) {
            throw RuleViolation.unprocessable("ASSIGNMENT_CONVERSION_AFTER_START", "effectiveFrom", new Reason(
                    "the transfer takes effect on or after the assignment's start " + a.startsOn,
                    "转为调动的生效日期不得早于交流开始日期 " + a.startsOn));
        }
        outbox.append(AssignmentEnded.TYPE, "teacher", a.teacherId.toString(), countyId,
                a.end(effectiveFrom, AssignmentOutcome.CONVERTED));
        em.flush();
        employment.transfer(countyId, List.of(new Move(a.teacherId, a.homePostId, a.hostPostId, effectiveFrom, a.planId,
                a.moveId, a.roundId, a.form.name(), null, null, null, "hostPostId")));
        return a;
    }

    public Assignment require(String countyId, UUID id, boolean lock) {
        Assignment a = lock ? Assignment.findById(id, LockModeType.PESSIMISTIC_WRITE) : Assignment.findById(id);
        if (a == null || !a.countyId.equals(countyId)) {
            throw RuleViolation.notFound("ASSIGNMENT_EXISTS", "id", new Reason(
                    "no assignment " + id + " in this county", "本县没有交流安排 " + id));
        }
        return a;
    }

    /** The county's assignments, optionally of one school (home or host), one teacher, running or ended. */
    public List<Assignment> list(String countyId, String schoolId, UUID teacherId, Boolean active) {
        StringBuilder query = new StringBuilder("countyId = :county");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("county", countyId);
        if (schoolId != null) {
            query.append(" and (homeSchoolId = :school or hostSchoolId = :school)");
            parameters.put("school", schoolId);
        }
        if (teacherId != null) {
            query.append(" and teacherId = :teacher");
            parameters.put("teacher", teacherId);
        }
        if (active != null) {
            query.append(active ? " and endedOn is null" : " and endedOn is not null");
        }
        return Assignment.list(query + " order by startsOn desc, id", parameters);
    }
}
