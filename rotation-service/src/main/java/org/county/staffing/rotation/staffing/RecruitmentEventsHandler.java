package org.county.staffing.rotation.staffing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.recruitment.SecondmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAppointed;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.county.staffing.contracts.recruitment.TeacherProfile;
import org.county.staffing.contracts.recruitment.TeacherRegistered;
import org.county.staffing.contracts.recruitment.TeacherSeconded;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.contracts.recruitment.TeacherUpdated;

/**
 * Keeps the teachers read model from recruitment-service's teacher events, and announces each transfer
 * ({@link TeacherChangedSchool}) so that a transfer that belongs to a rotation is recorded as such.
 */
@ApplicationScoped
public class RecruitmentEventsHandler implements EventHandler {

    @Inject
    Event<TeacherChangedSchool> transfers;

    @Override
    public List<EventType<?>> types() {
        return List.of(TeacherRegistered.TYPE, TeacherUpdated.TYPE, TeacherAppointed.TYPE, TeacherTransferred.TYPE,
                TeacherLeft.TYPE, TeacherSeconded.TYPE, SecondmentEnded.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(TeacherRegistered.TYPE)) {
            profile(event, event.data(TeacherRegistered.TYPE));
        } else if (event.is(TeacherUpdated.TYPE)) {
            profile(event, event.data(TeacherUpdated.TYPE));
        } else if (event.is(TeacherAppointed.TYPE)) {
            TeacherAppointed appointed = event.data(TeacherAppointed.TYPE);
            KnownTeacher teacher = teacher(appointed.teacherId(), event, null);
            teacher.schoolId = appointed.schoolId();
            teacher.postId = appointed.postId();
            teacher.appointmentId = appointed.appointmentId();
            teacher.atSchoolSince = appointed.effectiveFrom();
            teacher.persist();
        } else if (event.is(TeacherTransferred.TYPE)) {
            TeacherTransferred transferred = event.data(TeacherTransferred.TYPE);
            KnownTeacher teacher = teacher(transferred.teacherId(), event, null);
            teacher.schoolId = transferred.toSchoolId();
            teacher.postId = transferred.toPostId();
            teacher.appointmentId = transferred.toAppointmentId();
            teacher.atSchoolSince = transferred.effectiveFrom();
            teacher.persist();
            transfers.fire(new TeacherChangedSchool(teacher, transferred.fromSchoolId(), transferred.moveId(),
                    transferred.effectiveFrom()));
        } else if (event.is(TeacherLeft.TYPE)) {
            TeacherLeft left = event.data(TeacherLeft.TYPE);
            KnownTeacher teacher = teacher(left.teacherId(), event, null);
            teacher.status = "RETIRED".equals(left.reason()) ? "RETIRED" : "LEFT";
            teacher.schoolId = null;
            teacher.postId = null;
            teacher.appointmentId = null;
            teacher.persist();
        } else if (event.is(TeacherSeconded.TYPE)) {
            TeacherSeconded seconded = event.data(TeacherSeconded.TYPE);
            KnownTeacher teacher = teacher(seconded.teacherId(), event, null);
            teacher.secondedUntil = seconded.until();
            teacher.status = "SECONDED";
            teacher.persist();
        } else if (event.is(SecondmentEnded.TYPE)) {
            KnownTeacher teacher = teacher(event.data(SecondmentEnded.TYPE).teacherId(), event, null);
            teacher.secondedUntil = null;
            if ("SECONDED".equals(teacher.status)) {
                teacher.status = "ACTIVE";
            }
        }
    }

    private static void profile(CloudEvent event, TeacherProfile profile) {
        KnownTeacher teacher = teacher(profile.teacherId(), event, profile.countyId());
        teacher.name = profile.name();
        teacher.gender = profile.gender();
        teacher.birthDate = profile.birthDate();
        if (!profile.subjects().isEmpty()) {
            teacher.mainSubject = profile.subjects().get(0);
            teacher.subjects = String.join(",", profile.subjects());
        }
        teacher.title = profile.title();
        teacher.firstHireDate = profile.firstHireDate();
        teacher.status = profile.status();
        teacher.backbone = profile.backbone();
        teacher.young = profile.young();
        teacher.persist();
    }

    /** The teacher's read model; a teacher first heard of is in the county the payload or the envelope names. */
    private static KnownTeacher teacher(UUID id, CloudEvent event, String countyId) {
        KnownTeacher teacher = KnownTeacher.findById(id);
        if (teacher == null) {
            teacher = new KnownTeacher();
            teacher.id = id;
            teacher.status = "ACTIVE";
            teacher.countyId = countyId != null ? countyId : event.countyId();
            if (teacher.countyId == null) {
                throw new MalformedEventException(event.type() + " " + event.id() + " names no county");
            }
        }
        return teacher;
    }
}
