package org.county.staffing.quota.usage;

import org.county.staffing.quota.Timestamps;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
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

    public static final String POST_ESTABLISHED = "post.post.established.v1";
    public static final String POST_ABOLISHED = "post.post.abolished.v1";
    public static final String POST_FROZEN = "post.post.frozen.v1";
    public static final String POST_UNFROZEN = "post.post.unfrozen.v1";
    public static final String TEACHER_REGISTERED = "recruitment.teacher.registered.v1";
    public static final String TEACHER_UPDATED = "recruitment.teacher.updated.v1";
    public static final String TEACHER_APPOINTED = "recruitment.teacher.appointed.v1";
    public static final String TEACHER_TRANSFERRED = "recruitment.teacher.transferred.v1";
    public static final String TEACHER_LEFT = "recruitment.teacher.left.v1";
    public static final String TEACHER_SECONDED = "recruitment.teacher.seconded.v1";
    public static final String SECONDMENT_ENDED = "recruitment.secondment.ended.v1";

    @Override
    public Set<String> eventTypes() {
        return Set.of(POST_ESTABLISHED, POST_ABOLISHED, POST_FROZEN, POST_UNFROZEN, TEACHER_REGISTERED, TEACHER_UPDATED,
                TEACHER_APPOINTED, TEACHER_TRANSFERRED, TEACHER_LEFT, TEACHER_SECONDED, SECONDMENT_ENDED);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no data object");
        }
        switch (event.type()) {
            case POST_ESTABLISHED -> {
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
                    post.updatedAt = Timestamps.now();
                    post.persist();
                }
            }
            case POST_ABOLISHED -> {
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
                post.updatedAt = Timestamps.now();
            }
            case POST_FROZEN, POST_UNFROZEN -> {
                KnownPost post = KnownPost.findById(uuid(data, "postId"));
                if (post != null && !KnownPost.ABOLISHED.equals(post.status)) {
                    post.status = POST_FROZEN.equals(event.type()) ? "FROZEN" : "VACANT";
                    post.updatedAt = Timestamps.now();
                }
            }
            case TEACHER_REGISTERED, TEACHER_UPDATED -> {
                UUID teacherId = uuid(data, "teacherId");
                KnownTeacher teacher = KnownTeacher.findById(teacherId);
                if (teacher == null) {
                    teacher = new KnownTeacher();
                    teacher.teacherId = teacherId;
                    teacher.countyId = event.countyId();
                    teacher.status = text(data, "status");
                    teacher.updatedAt = Timestamps.now();
                    teacher.persist();
                } else {
                    teacher.status = text(data, "status");
                    teacher.updatedAt = Timestamps.now();
                }
            }
            case TEACHER_APPOINTED -> appoint(event, data, uuid(data, "appointmentId"), uuid(data, "postId"),
                    text(data, "schoolId"));
            case TEACHER_TRANSFERRED -> {
                end(uuid(data, "fromAppointmentId"), date(data, "effectiveFrom"), "TRANSFERRED");
                appoint(event, data, uuid(data, "toAppointmentId"), uuid(data, "toPostId"), text(data, "toSchoolId"));
            }
            case TEACHER_LEFT -> end(uuid(data, "appointmentId"), date(data, "effectiveFrom"),
                    optional(data, "reason") == null ? "LEFT" : optional(data, "reason"));
            case TEACHER_SECONDED -> {
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
            }
            case SECONDMENT_ENDED -> {
                KnownSecondment secondment = KnownSecondment.findById(uuid(data, "secondmentId"));
                if (secondment != null && secondment.endedOn == null) {
                    secondment.endedOn = date(data, "endedOn");
                }
            }
            default -> {
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
