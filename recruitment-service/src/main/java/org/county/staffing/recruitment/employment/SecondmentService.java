package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.recruitment.SecondmentEnded;
import org.county.staffing.contracts.recruitment.TeacherSeconded;
import org.county.staffing.recruitment.config.RecruitmentConfig;

import io.quarkus.panache.common.Parameters;

/** Lends teachers to other institutions and ends the loans. */
@ApplicationScoped
public class SecondmentService {

    @Inject
    TeacherDirectory teachers;

    @Inject
    Outbox outbox;

    @Inject
    RecruitmentConfig config;

    @Inject
    PlatformClock clock;

    public record SecondmentRequest(UUID teacherId, String receivingInstitution, LocalDate from, LocalDate until,
                                    String approvalReference) {
    }

    @Transactional
    public Secondment second(String countyId, SecondmentRequest request) {
        Teacher teacher = teachers.require(countyId, request.teacherId(), "teacherId", true);
        if (teacher.status != TeacherStatus.ACTIVE) {
            throw RuleViolation.conflict("TEACHER_ACTIVE", "teacherId", new Reason(
                    "the teacher is " + teacher.status + "; only an ACTIVE teacher is seconded",
                    "该教师状态为 " + teacher.status + "，只有在岗教师可以借调"));
        }
        Appointment appointment = Appointment.activeOf(teacher.id);
        if (appointment == null) {
            throw RuleViolation.conflict("SECONDMENT_KEEPS_A_POST", "teacherId", new Reason(
                    "a seconded teacher keeps a post at a school; this teacher holds none",
                    "借调人员保留学校岗位和编制，该教师当前未聘任岗位"));
        }
        SecondmentRules.requirePeriod(request.from(), request.until(), config.secondment().maxMonths());
        Secondment s = new Secondment();
        s.id = UUID.randomUUID();
        s.countyId = countyId;
        s.teacherId = teacher.id;
        s.appointmentId = appointment.id;
        s.schoolId = appointment.schoolId;
        s.postId = appointment.postId;
        s.receivingInstitution = request.receivingInstitution().trim();
        s.startsOn = request.from();
        s.until = request.until();
        s.approvalReference = request.approvalReference() == null || request.approvalReference().isBlank()
                ? null : request.approvalReference().trim();
        s.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        s.persist();
        teacher.status = TeacherStatus.SECONDED;
        outbox.append(TeacherSeconded.TYPE, "teacher", teacher.id.toString(), countyId,
                new TeacherSeconded(s.id, teacher.id, s.schoolId, s.postId, s.receivingInstitution, s.startsOn,
                        s.until, s.approvalReference));
        teachers.announceUpdated(teacher);
        return s;
    }

    @Transactional
    public Secondment end(String countyId, UUID id, LocalDate endedOn) {
        Secondment s = Secondment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !s.countyId.equals(countyId)) {
            throw RuleViolation.notFound("SECONDMENT_EXISTS", "id", new Reason(
                    "no secondment " + id + " in this county", "本县没有借调记录 " + id));
        }
        if (s.endedOn != null) {
            throw RuleViolation.conflict("SECONDMENT_ACTIVE", "id", new Reason(
                    "the secondment already ended on " + s.endedOn, "该借调已于 " + s.endedOn + " 结束"));
        }
        SecondmentRules.requireEnd(s.startsOn, endedOn);
        s.endedOn = endedOn;
        Teacher teacher = teachers.require(countyId, s.teacherId, "teacherId", true);
        if (teacher.status == TeacherStatus.SECONDED) {
            teacher.status = TeacherStatus.ACTIVE;
        }
        outbox.append(SecondmentEnded.TYPE, "teacher", teacher.id.toString(), countyId,
                new SecondmentEnded(s.id, teacher.id, s.schoolId, endedOn));
        teachers.announceUpdated(teacher);
        return s;
    }

    public List<Secondment> list(String countyId, String schoolId, UUID teacherId, Boolean active) {
        StringBuilder query = new StringBuilder("countyId = :county");
        Parameters params = Parameters.with("county", countyId);
        if (schoolId != null) {
            query.append(" and schoolId = :school");
            params.and("school", schoolId);
        }
        if (teacherId != null) {
            query.append(" and teacherId = :teacher");
            params.and("teacher", teacherId);
        }
        if (active != null) {
            query.append(active ? " and endedOn is null" : " and endedOn is not null");
        }
        return Secondment.list(query + " order by startsOn desc, id", params);
    }
}
