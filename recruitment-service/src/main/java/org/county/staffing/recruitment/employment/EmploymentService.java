package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.SecondmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAppointed;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.recruitment.post.KnownPost;
import org.county.staffing.recruitment.post.PostDirectory;
import org.county.staffing.recruitment.post.PostFacts;

/**
 * Appointments, transfers and leaving. Teacher rows are locked before post rows, always in that
 * order, so two requests for the same post or teacher queue instead of both succeeding.
 */
@ApplicationScoped
public class EmploymentService {

    @Inject
    TeacherDirectory teachers;

    @Inject
    PostDirectory posts;

    @Inject
    ContractService contracts;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    PlatformClock clock;

    @Transactional
    public Appointment appoint(String countyId, UUID teacherId, UUID postId, LocalDate effectiveFrom,
                               AppointmentSource source, UUID campaignId, ContractTerms terms) {
        Teacher teacher = teachers.require(countyId, teacherId, "teacherId", true);
        return appoint(teacher, postId, effectiveFrom, source, campaignId, terms);
    }

    /** Appoints a teacher already loaded (and locked) in this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Appointment appoint(Teacher teacher, UUID postId, LocalDate effectiveFrom, AppointmentSource source,
                               UUID campaignId, ContractTerms terms) {
        return appointChecked(teacher, checkAppointable(teacher, postId, effectiveFrom), effectiveFrom, source, campaignId,
                terms);
    }

    /**
     * Appoints a teacher to a post whose rules were checked in this transaction ({@link #checkPost}):
     * writes the appointment, its contract and their events, and reads nothing, so that a bulk
     * import's rows are written in JDBC batches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Appointment appointChecked(Teacher teacher, KnownPost post, LocalDate effectiveFrom, AppointmentSource source,
                                      UUID campaignId, ContractTerms terms) {
        Appointment appointment = start(teacher, post, effectiveFrom, source, campaignId, null);
        contracts.signFor(appointment, terms == null ? ContractTerms.DEFAULT : terms);
        outbox.append(TeacherAppointed.TYPE, "teacher", teacher.id.toString(), teacher.countyId,
                new TeacherAppointed(teacher.id, appointment.id, post.postId, post.schoolId, post.category.name(),
                        post.subject, effectiveFrom, source.name(), campaignId));
        return appointment;
    }

    /**
     * Every rule of an appointment, checked without writing anything; returns the (locked) post.
     * Deliberately not an interceptor-bound method: a refusal here must not mark the caller's
     * transaction for rollback (the CSV import goes on with the next row).
     */
    public KnownPost checkAppointable(Teacher teacher, UUID postId, LocalDate effectiveFrom) {
        AppointmentRules.requireActive(teacher.status);
        AppointmentRules.requireNoActiveAppointment(Appointment.activeOf(teacher.id) != null);
        return checkPost(teacher, postId, effectiveFrom, postsFor(postId == null ? List.of() : List.of(postId)));
    }

    /**
     * The posts a bulk import fills, read (and locked) in three queries: the known ones, those
     * held, and the latest return date of the assignments covering them.
     */
    public record PostSnapshot(Map<UUID, KnownPost> known, Set<UUID> occupied, Map<UUID, LocalDate> coveredUntil) {
    }

    public PostSnapshot postsFor(Collection<UUID> postIds) {
        return new PostSnapshot(posts.lockAll(postIds), posts.occupiedAmong(postIds), Assignment.coveredUntilAmong(postIds));
    }

    /** The rules of an appointment that concern the post, against posts read before; reads nothing itself. */
    public KnownPost checkPost(Teacher teacher, UUID postId, LocalDate effectiveFrom, PostSnapshot snapshot) {
        KnownPost post = PostDirectory.known(postId == null ? null : snapshot.known().get(postId), teacher.countyId, postId,
                "postId");
        PostFacts facts = PostDirectory.facts(post, snapshot.occupied().contains(post.postId));
        AppointmentRules.requireVacant(facts, "postId");
        AppointmentRules.requireNotCovered(postId, snapshot.coveredUntil().get(postId), "postId");
        AppointmentRules.requireMatch(teacher.category, teacher.subjectList(), facts, "postId");
        AppointmentRules.requireAfterFirstHire(effectiveFrom, teacher.firstHireDate);
        return post;
    }

    /**
     * Carries out transfers in one transaction: first every moving teacher leaves their post, then
     * each takes up the new one, so teachers may also swap posts (a paired exchange). Any broken
     * rule refuses them all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Appointment> transfer(String countyId, List<Move> moves) {
        List<Teacher> movers = new ArrayList<>();
        List<Appointment> ended = new ArrayList<>();
        for (Move move : moves) {
            Teacher teacher = teachers.require(countyId, move.teacherId(), fieldOf(move, "teacherId"), true);
            AppointmentRules.requireActive(teacher.status);
            Appointment current = Appointment.activeOf(teacher.id);
            AppointmentRules.requireTransferable(current != null);
            if (!Assignment.activeOf(teacher.id).isEmpty()) {
                // the assignment holds the home post for the teacher's return; it ends (or converts) first
                throw RuleViolation.conflict("TEACHER_ON_ASSIGNMENT", fieldOf(move, "teacherId"), new Reason(
                        "teacher " + teacher.id + " is on a temporary assignment that keeps the home post",
                        "教师 " + teacher.id + " 正在交流中，原岗位为其保留"));
            }
            if (move.expectedFromPostId() != null && !move.expectedFromPostId().equals(current.postId)) {
                throw RuleViolation.conflict("MOVE_FROM_CURRENT_POST", fieldOf(move, "fromPostId"), new Reason(
                        "teacher " + teacher.id + " no longer holds post " + move.expectedFromPostId(),
                        "教师 " + teacher.id + " 已不在岗位 " + move.expectedFromPostId()));
            }
            AppointmentRules.requireTransferDates(current.postId, move.toPostId(), current.effectiveFrom,
                    move.effectiveFrom(), fieldOf(move, "toPostId"));
            current.endedOn = move.effectiveFrom();
            current.endReason = "TRANSFERRED";
            contracts.closeFor(current, move.effectiveFrom(), "TRANSFERRED");
            movers.add(teacher);
            ended.add(current);
        }
        // the partial unique indexes see the ended appointments before any new one is inserted
        em.flush();
        List<Appointment> started = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            Teacher teacher = movers.get(i);
            Appointment from = ended.get(i);
            String field = fieldOf(move, "toPostId");
            KnownPost post = posts.require(countyId, move.toPostId(), field, true);
            PostFacts facts = posts.facts(post);
            AppointmentRules.requireVacant(facts, field);
            AppointmentRules.requireNotCovered(post.postId, Assignment.coveredUntil(post.postId), field);
            AppointmentRules.requireMatch(teacher.category, teacher.subjectList(), facts, field);
            Appointment next = start(teacher, post, move.effectiveFrom(), AppointmentSource.TRANSFER, move.campaignId(),
                    move.planId());
            em.flush();
            contracts.signFor(next, move.contract() == null ? ContractTerms.DEFAULT : move.contract());
            outbox.append(TeacherTransferred.TYPE, "teacher", teacher.id.toString(), countyId,
                    new TeacherTransferred(teacher.id, from.id, from.postId, from.schoolId, next.id, post.postId,
                            post.schoolId, post.category.name(), post.subject, move.effectiveFrom(), move.planId(), move.moveId(),
                            move.roundId(), move.form(), move.returnDate(), move.campaignId()));
            started.add(next);
        }
        return started;
    }

    @Transactional
    public Appointment transfer(String countyId, Move move) {
        return transfer(countyId, List.of(move)).get(0);
    }

    /** The teacher leaves the county's service: the post, the contract, any secondment and assignment end with it. */
    @Transactional
    public Teacher leave(String countyId, UUID teacherId, LeavingReason reason, LocalDate effectiveFrom) {
        Teacher teacher = teachers.require(countyId, teacherId, "id", true);
        if (!teacher.status.employed()) {
            throw RuleViolation.conflict("TEACHER_EMPLOYED", "id", new Reason(
                    "the teacher has already " + teacher.status, "该教师已" + teacher.status));
        }
        Secondment secondment = Secondment.activeOf(teacher.id);
        if (secondment != null) {
            secondment.endedOn = effectiveFrom.isBefore(secondment.startsOn) ? secondment.startsOn : effectiveFrom;
            outbox.append(SecondmentEnded.TYPE, "teacher", teacher.id.toString(), countyId,
                    new SecondmentEnded(secondment.id, teacher.id, secondment.schoolId, secondment.endedOn));
        }
        for (Assignment assignment : Assignment.activeOf(teacher.id)) {
            LocalDate on = effectiveFrom.isBefore(assignment.startsOn) ? assignment.startsOn : effectiveFrom;
            outbox.append(AssignmentEnded.TYPE, "teacher", teacher.id.toString(), countyId,
                    assignment.end(on, AssignmentOutcome.TEACHER_LEFT));
        }
        Appointment current = Appointment.activeOf(teacher.id);
        if (current != null) {
            if (effectiveFrom.isBefore(current.effectiveFrom)) {
                throw RuleViolation.unprocessable("LEAVING_AFTER_START", "effectiveFrom", new Reason(
                        "the teacher cannot leave before their appointment began (" + current.effectiveFrom + ")",
                        "离岗日期不得早于现岗位聘任开始日期（" + current.effectiveFrom + "）"));
            }
            current.endedOn = effectiveFrom;
            current.endReason = reason.name();
            contracts.closeFor(current, effectiveFrom, reason.name());
        }
        teacher.status = reason == LeavingReason.RETIRED ? TeacherStatus.RETIRED : TeacherStatus.LEFT;
        em.flush();
        outbox.append(TeacherLeft.TYPE, "teacher", teacher.id.toString(), countyId,
                new TeacherLeft(teacher.id, current == null ? null : current.id,
                        current == null ? null : current.postId, current == null ? null : current.schoolId, reason.name(),
                        effectiveFrom));
        teachers.announceUpdated(teacher);
        return teacher;
    }

    public List<Appointment> history(UUID teacherId) {
        return Appointment.list("teacherId = ?1 order by effectiveFrom, createdAt", teacherId);
    }

    private Appointment start(Teacher teacher, KnownPost post, LocalDate effectiveFrom, AppointmentSource source,
                              UUID campaignId, UUID planId) {
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.countyId = teacher.countyId;
        a.teacherId = teacher.id;
        a.postId = post.postId;
        a.schoolId = post.schoolId;
        a.category = post.category;
        a.subject = post.subject;
        a.source = source;
        a.campaignId = campaignId;
        a.planId = planId;
        a.effectiveFrom = effectiveFrom;
        a.createdAt = clock.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        a.persist();
        return a;
    }

    /**
     * The field a refusal names: within a plan item's path, or, for the destination, the field the
     * caller named it by (a campaign's {@code postId}, an assignment's {@code hostPostId}).
     */
    private static String fieldOf(Move move, String name) {
        if (move.field() != null && move.field().contains("[")) {
            return move.field() + "." + name;
        }
        return "toPostId".equals(name) && move.field() != null ? move.field() : name;
    }
}
