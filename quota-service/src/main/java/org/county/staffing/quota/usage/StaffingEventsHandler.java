package org.county.staffing.quota.usage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.post.PostAbolished;
import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.contracts.post.PostFrozen;
import org.county.staffing.contracts.post.PostUnfrozen;
import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.SecondmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAssigned;
import org.county.staffing.contracts.recruitment.TeacherAppointed;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.county.staffing.contracts.recruitment.TeacherProfile;
import org.county.staffing.contracts.recruitment.TeacherRegistered;
import org.county.staffing.contracts.recruitment.TeacherSeconded;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.contracts.recruitment.TeacherUpdated;

/**
 * Keeps the usage read model from post-service's and recruitment-service's events: posts per
 * school, appointments, secondments, temporary and part-time assignments and teachers' status. Each write is keyed by the other
 * service's ids and checks what is already there, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class StaffingEventsHandler implements EventHandler {

    @Inject
    PlatformClock clock;

    @Override
    public List<EventType<?>> types() {
        return List.of(PostEstablished.TYPE, PostAbolished.TYPE, PostFrozen.TYPE, PostUnfrozen.TYPE, TeacherRegistered.TYPE,
                TeacherUpdated.TYPE, TeacherAppointed.TYPE, TeacherTransferred.TYPE, TeacherLeft.TYPE, TeacherSeconded.TYPE,
                SecondmentEnded.TYPE, TeacherAssigned.TYPE, AssignmentEnded.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(PostEstablished.TYPE)) {
            established(event, event.data(PostEstablished.TYPE));
        } else if (event.is(PostAbolished.TYPE)) {
            abolished(event, event.data(PostAbolished.TYPE));
        } else if (event.is(PostFrozen.TYPE)) {
            frozenOrNot(event.data(PostFrozen.TYPE).postId(), "FROZEN");
        } else if (event.is(PostUnfrozen.TYPE)) {
            frozenOrNot(event.data(PostUnfrozen.TYPE).postId(), "VACANT");
        } else if (event.is(TeacherRegistered.TYPE)) {
            teacher(event, event.data(TeacherRegistered.TYPE));
        } else if (event.is(TeacherUpdated.TYPE)) {
            teacher(event, event.data(TeacherUpdated.TYPE));
        } else if (event.is(TeacherAppointed.TYPE)) {
            TeacherAppointed a = event.data(TeacherAppointed.TYPE);
            appoint(event, a.teacherId(), a.appointmentId(), a.postId(), a.schoolId(), a.category(), a.subject(),
                    a.effectiveFrom(), a.source());
        } else if (event.is(TeacherTransferred.TYPE)) {
            TeacherTransferred t = event.data(TeacherTransferred.TYPE);
            end(t.fromAppointmentId(), t.effectiveFrom(), "TRANSFERRED");
            appoint(event, t.teacherId(), t.toAppointmentId(), t.toPostId(), t.toSchoolId(), t.category(), t.subject(),
                    t.effectiveFrom(), null);
        } else if (event.is(TeacherLeft.TYPE)) {
            TeacherLeft left = event.data(TeacherLeft.TYPE);
            if (left.appointmentId() != null) {
                end(left.appointmentId(), left.effectiveFrom(), left.reason());
            }
        } else if (event.is(TeacherSeconded.TYPE)) {
            seconded(event, event.data(TeacherSeconded.TYPE));
        } else if (event.is(TeacherAssigned.TYPE)) {
            assigned(event, event.data(TeacherAssigned.TYPE));
        } else if (event.is(AssignmentEnded.TYPE)) {
            AssignmentEnded ended = event.data(AssignmentEnded.TYPE);
            KnownAssignment assignment = KnownAssignment.findById(ended.assignmentId());
            if (assignment != null && assignment.endedOn == null) {
                assignment.endedOn = ended.endedOn();
                assignment.outcome = ended.outcome();
            }
        } else if (event.is(SecondmentEnded.TYPE)) {
            SecondmentEnded ended = event.data(SecondmentEnded.TYPE);
            KnownSecondment secondment = KnownSecondment.findById(ended.secondmentId());
            if (secondment != null && secondment.endedOn == null) {
                secondment.endedOn = ended.endedOn();
            }
        }
    }

    private void established(CloudEvent event, PostEstablished established) {
        if (KnownPost.findById(established.postId()) == null) {
            KnownPost post = new KnownPost();
            post.postId = established.postId();
            post.countyId = event.countyId();
            post.schoolId = established.schoolId();
            post.category = established.category();
            post.subject = established.subject();
            post.level = established.level();
            post.leadershipRole = established.leadershipRole() == null ? null
                    : PostEstablished.TYPE.enumValue("leadershipRole", LeadershipRole.class, established.leadershipRole()).name();
            post.status = "VACANT";
            post.updatedAt = now();
            post.persist();
        }
    }

    private void abolished(CloudEvent event, PostAbolished abolished) {
        KnownPost post = KnownPost.findById(abolished.postId());
        if (post == null) {
            // abolished before we saw it established: remember it, so a late "established" cannot revive it
            post = new KnownPost();
            post.postId = abolished.postId();
            post.countyId = event.countyId();
            post.schoolId = abolished.schoolId();
            post.category = abolished.category();
            post.subject = abolished.subject();
            post.persist();
        }
        post.status = KnownPost.ABOLISHED;
        post.updatedAt = now();
    }

    private void frozenOrNot(UUID postId, String status) {
        KnownPost post = KnownPost.findById(postId);
        if (post != null && !KnownPost.ABOLISHED.equals(post.status)) {
            post.status = status;
            post.updatedAt = now();
        }
    }

    private void teacher(CloudEvent event, TeacherProfile profile) {
        KnownTeacher teacher = KnownTeacher.findById(profile.teacherId());
        if (teacher == null) {
            teacher = new KnownTeacher();
            teacher.teacherId = profile.teacherId();
            teacher.countyId = event.countyId();
            teacher.status = profile.status();
            teacher.updatedAt = now();
            teacher.persist();
        } else {
            teacher.status = profile.status();
            teacher.updatedAt = now();
        }
    }

    private void seconded(CloudEvent event, TeacherSeconded seconded) {
        if (KnownSecondment.findById(seconded.secondmentId()) != null) {
            return;
        }
        KnownSecondment secondment = new KnownSecondment();
        secondment.secondmentId = seconded.secondmentId();
        secondment.countyId = event.countyId();
        secondment.teacherId = seconded.teacherId();
        secondment.schoolId = seconded.schoolId();
        secondment.postId = seconded.postId();
        secondment.receivingInstitution = seconded.receivingInstitution();
        secondment.from = seconded.from();
        secondment.until = seconded.until();
        String approval = seconded.approvalReference();
        secondment.approvalReference = approval == null || approval.isBlank() ? null : approval;
        secondment.persist();
    }

    private void assigned(CloudEvent event, TeacherAssigned assigned) {
        if (KnownAssignment.findById(assigned.assignmentId()) != null) {
            return;
        }
        KnownAssignment assignment = new KnownAssignment();
        assignment.assignmentId = assigned.assignmentId();
        assignment.countyId = event.countyId();
        assignment.teacherId = assigned.teacherId();
        assignment.form = assigned.form();
        assignment.homePostId = assigned.homePostId();
        assignment.homeSchoolId = assigned.homeSchoolId();
        assignment.hostSchoolId = assigned.hostSchoolId();
        assignment.hostPostId = assigned.hostPostId();
        assignment.hoursPerWeek = assigned.hoursPerWeek();
        assignment.fullPostHours = assigned.fullPostHours();
        assignment.postShare = assigned.postShare();
        assignment.startsOn = assigned.startsOn();
        assignment.returnDate = assigned.returnDate();
        assignment.persist();
    }

    private void appoint(CloudEvent event, UUID teacherId, UUID appointmentId, UUID postId, String schoolId, String category,
                         String subject, LocalDate effectiveFrom, String source) {
        if (KnownAppointment.findById(appointmentId) != null) {
            return;
        }
        KnownAppointment appointment = new KnownAppointment();
        appointment.appointmentId = appointmentId;
        appointment.countyId = event.countyId();
        appointment.teacherId = teacherId;
        appointment.postId = postId;
        appointment.schoolId = schoolId;
        appointment.category = category;
        appointment.subject = subject;
        appointment.effectiveFrom = effectiveFrom;
        appointment.source = source;
        appointment.persist();
    }

    private void end(UUID appointmentId, LocalDate on, String reason) {
        KnownAppointment appointment = KnownAppointment.findById(appointmentId);
        if (appointment != null && appointment.endedOn == null) {
            appointment.endedOn = on;
            appointment.endReason = reason;
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
