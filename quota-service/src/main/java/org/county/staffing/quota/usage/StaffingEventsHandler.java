package org.county.staffing.quota.usage;

import jakarta.inject.Inject;
import org.county.staffing.backbone.time.PlatformClock;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.post.PostAbolished;
import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.contracts.post.PostFrozen;
import org.county.staffing.contracts.post.PostUnfrozen;
import org.county.staffing.contracts.recruitment.SecondmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAppointed;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.county.staffing.contracts.recruitment.TeacherRegistered;
import org.county.staffing.contracts.recruitment.TeacherSeconded;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.contracts.recruitment.TeacherUpdated;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Keeps the usage read model from post-service's and recruitment-service's events: posts per
 * school, appointments, secondments and teachers' status. Each write is keyed by the other
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
                SecondmentEnded.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no data object");
        }
        if (event.is(PostEstablished.TYPE)) {
            UUID postId = uuid(data, "postId");
            if (KnownPost.findById(postId) == null) {
                KnownPost post = new KnownPost();
                post.postId = postId;
                post.countyId = event.countyId();
                post.schoolId = text(data, "schoolId");
                post.category = optional(data, "category");
                post.subject = optional(data, "subject");
                post.level = optional(data, "level");
                post.status = "VACANT";
                post.updatedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
                post.persist();
            }
        } else if (event.is(PostAbolished.TYPE)) {
            UUID postId = uuid(data, "postId");
            KnownPost post = KnownPost.findById(postId);
            if (post == null) {
                // abolished before we saw it established: remember it, so a late "established" cannot revive it
                post = new KnownPost();
                post.postId = postId;
                post.countyId = event.countyId();
                post.schoolId = text(data, "schoolId");
                post.category = optional(data, "category");
                post.subject = optional(data, "subject");
                post.persist();
            }
            post.status = KnownPost.ABOLISHED;
            post.updatedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        } else if (event.is(PostFrozen.TYPE) || event.is(PostUnfrozen.TYPE)) {
            KnownPost post = KnownPost.findById(uuid(data, "postId"));
            if (post != null && !KnownPost.ABOLISHED.equals(post.status)) {
                post.status = event.is(PostFrozen.TYPE) ? "FROZEN" : "VACANT";
                post.updatedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            }
        } else if (event.is(TeacherRegistered.TYPE) || event.is(TeacherUpdated.TYPE)) {
            UUID teacherId = uuid(data, "teacherId");
            KnownTeacher teacher = KnownTeacher.findById(teacherId);
            if (teacher == null) {
                teacher = new KnownTeacher();
                teacher.teacherId = teacherId;
                teacher.countyId = event.countyId();
                teacher.status = text(data, "status");
                teacher.updatedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
                teacher.persist();
            } else {
                teacher.status = text(data, "status");
                teacher.updatedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            }
        } else if (event.is(TeacherAppointed.TYPE)) {
            appoint(event, data, uuid(data, "appointmentId"), uuid(data, "postId"),
                    text(data, "schoolId"));
        } else if (event.is(TeacherTransferred.TYPE)) {
            end(uuid(data, "fromAppointmentId"), date(data, "effectiveFrom"), "TRANSFERRED");
            appoint(event, data, uuid(data, "toAppointmentId"), uuid(data, "toPostId"), text(data, "toSchoolId"));
        } else if (event.is(TeacherLeft.TYPE)) {
            end(uuid(data, "appointmentId"), date(data, "effectiveFrom"),
                    optional(data, "reason") == null ? "LEFT" : optional(data, "reason"));
        } else if (event.is(TeacherSeconded.TYPE)) {
            UUID secondmentId = uuid(data, "secondmentId");
            if (KnownSecondment.findById(secondmentId) == null) {
                KnownSecondment secondment = new KnownSecondment();
                secondment.secondmentId = secondmentId;
                secondment.countyId = event.countyId();
                secondment.teacherId = uuid(data, "teacherId");
                secondment.schoolId = text(data, "schoolId");
                secondment.postId = optionalUuid(data, "postId");
                secondment.receivingInstitution = optional(data, "receivingInstitution");
                secondment.from = date(data, "from");
                secondment.until = optionalDate(data, "until");
                String approval = optional(data, "approvalReference");
                secondment.approvalReference = approval == null || approval.isBlank() ? null : approval;
                secondment.persist();
            }
        } else if (event.is(SecondmentEnded.TYPE)) {
            KnownSecondment secondment = KnownSecondment.findById(uuid(data, "secondmentId"));
            if (secondment != null && secondment.endedOn == null) {
                secondment.endedOn = date(data, "endedOn");
            }
        }
    }

    private void appoint(CloudEvent event, JsonNode data, UUID appointmentId, UUID postId, String schoolId) {
        if (KnownAppointment.findById(appointmentId) != null) {
            return;
        }
        KnownAppointment appointment = new KnownAppointment();
        appointment.appointmentId = appointmentId;
        appointment.countyId = event.countyId();
        appointment.teacherId = uuid(data, "teacherId");
        appointment.postId = postId;
        appointment.schoolId = schoolId;
        appointment.category = optional(data, "category");
        appointment.subject = optional(data, "subject");
        appointment.effectiveFrom = optionalDate(data, "effectiveFrom");
        appointment.source = optional(data, "source");
        appointment.persist();
    }

    private void end(UUID appointmentId, LocalDate on, String reason) {
        KnownAppointment appointment = KnownAppointment.findById(appointmentId);
        if (appointment != null && appointment.endedOn == null) {
            appointment.endedOn = on;
            appointment.endReason = reason;
        }
    }

    static String text(JsonNode data, String field) {
        String value = optional(data, field);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("required field '" + field + "' is missing");
        }
        return value;
    }

    static String optional(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    static UUID uuid(JsonNode data, String field) {
        try {
            return UUID.fromString(text(data, field));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("field '" + field + "' is not a UUID", e);
        }
    }

    static UUID optionalUuid(JsonNode data, String field) {
        return optional(data, field) == null ? null : uuid(data, field);
    }

    static LocalDate date(JsonNode data, String field) {
        try {
            return LocalDate.parse(text(data, field));
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("field '" + field + "' is not an ISO-8601 date", e);
        }
    }

    static LocalDate optionalDate(JsonNode data, String field) {
        return optional(data, field) == null ? null : date(data, field);
    }
}
