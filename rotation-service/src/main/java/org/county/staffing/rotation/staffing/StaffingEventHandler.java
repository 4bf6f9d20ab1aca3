package org.county.staffing.rotation.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.rotation.round.RotationRecorder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Keeps the posts and teachers read model from post-service and recruitment-service events, and hands
 * transfers that belong to a rotation to the {@link RotationRecorder}.
 */
@ApplicationScoped
public class StaffingEventHandler implements EventHandler {

    static final String POST_ESTABLISHED = "post.post.established.v1";
    static final String POST_ABOLISHED = "post.post.abolished.v1";
    static final String POST_FROZEN = "post.post.frozen.v1";
    static final String POST_UNFROZEN = "post.post.unfrozen.v1";
    static final String TEACHER_REGISTERED = "recruitment.teacher.registered.v1";
    static final String TEACHER_UPDATED = "recruitment.teacher.updated.v1";
    static final String TEACHER_APPOINTED = "recruitment.teacher.appointed.v1";
    static final String TEACHER_TRANSFERRED = "recruitment.teacher.transferred.v1";
    static final String TEACHER_LEFT = "recruitment.teacher.left.v1";
    static final String TEACHER_SECONDED = "recruitment.teacher.seconded.v1";
    static final String SECONDMENT_ENDED = "recruitment.secondment.ended.v1";

    @Inject
    RotationRecorder rotations;

    @Override
    public Set<String> eventTypes() {
        return Set.of(POST_ESTABLISHED, POST_ABOLISHED, POST_FROZEN, POST_UNFROZEN, TEACHER_REGISTERED, TEACHER_UPDATED,
                TEACHER_APPOINTED, TEACHER_TRANSFERRED, TEACHER_LEFT, TEACHER_SECONDED, SECONDMENT_ENDED);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case POST_ESTABLISHED -> {
                UUID id = uuid(data, "postId");
                KnownPost post = KnownPost.findById(id);
                if (post == null) {
                    post = new KnownPost();
                    post.id = id;
                }
                post.schoolId = text(data, "schoolId", null);
                if (post.schoolId == null) {
                    throw new MalformedEventException(POST_ESTABLISHED + " " + event.id() + " names no school");
                }
                post.countyId = text(data, "countyId", event.countyId());
                post.category = text(data, "category", "TEACHING");
                post.subject = text(data, "subject", null);
                post.level = text(data, "level", null);
                post.status = KnownPost.OPEN;
                post.persist();
            }
            case POST_ABOLISHED, POST_FROZEN, POST_UNFROZEN -> {
                KnownPost post = KnownPost.findById(uuid(data, "postId"));
                if (post != null) {
                    post.status = switch (event.type()) {
                        case POST_ABOLISHED -> KnownPost.ABOLISHED;
                        case POST_FROZEN -> KnownPost.FROZEN;
                        default -> KnownPost.ABOLISHED.equals(post.status) ? KnownPost.ABOLISHED : KnownPost.OPEN;
                    };
                }
            }
            case TEACHER_REGISTERED, TEACHER_UPDATED -> {
                KnownTeacher teacher = teacher(uuid(data, "teacherId"), event);
                teacher.name = text(data, "name", teacher.name);
                teacher.gender = text(data, "gender", teacher.gender);
                teacher.birthDate = date(data, "birthDate", teacher.birthDate);
                List<String> subjects = new ArrayList<>();
                data.path("subjects").forEach(s -> subjects.add(s.asText()));
                if (!subjects.isEmpty()) {
                    teacher.mainSubject = subjects.get(0);
                    teacher.subjects = String.join(",", subjects);
                }
                teacher.title = text(data, "title", teacher.title);
                teacher.firstHireDate = date(data, "firstHireDate", teacher.firstHireDate);
                teacher.status = text(data, "status", teacher.status == null ? "ACTIVE" : teacher.status);
                if (data.has("backbone")) {
                    teacher.backbone = data.path("backbone").asBoolean();
                }
                if (data.has("young")) {
                    teacher.young = data.path("young").asBoolean();
                }
                teacher.persist();
            }
            case TEACHER_APPOINTED -> {
                KnownTeacher teacher = teacher(uuid(data, "teacherId"), event);
                teacher.schoolId = text(data, "schoolId", null);
                teacher.postId = uuidOrNull(data, "postId");
                teacher.appointmentId = uuidOrNull(data, "appointmentId");
                teacher.atSchoolSince = date(data, "effectiveFrom", null);
                teacher.persist();
            }
            case TEACHER_TRANSFERRED -> {
                KnownTeacher teacher = teacher(uuid(data, "teacherId"), event);
                String fromSchool = text(data, "fromSchoolId", teacher.schoolId);
                teacher.schoolId = text(data, "toSchoolId", null);
                teacher.postId = uuidOrNull(data, "toPostId");
                teacher.appointmentId = uuidOrNull(data, "toAppointmentId");
                LocalDate effective = date(data, "effectiveFrom", null);
                teacher.atSchoolSince = effective;
                teacher.persist();
                rotations.transferred(teacher, fromSchool, uuidOrNull(data, "moveId"), effective);
            }
            case TEACHER_LEFT -> {
                KnownTeacher teacher = teacher(uuid(data, "teacherId"), event);
                String reason = text(data, "reason", "OTHER");
                teacher.status = "RETIRED".equals(reason) ? "RETIRED" : "LEFT";
                teacher.schoolId = null;
                teacher.postId = null;
                teacher.appointmentId = null;
                teacher.persist();
            }
            case TEACHER_SECONDED -> {
                KnownTeacher teacher = teacher(uuid(data, "teacherId"), event);
                teacher.secondedUntil = date(data, "until", null);
                teacher.status = "SECONDED";
                teacher.persist();
            }
            case SECONDMENT_ENDED -> {
                KnownTeacher teacher = teacher(uuid(data, "teacherId"), event);
                teacher.secondedUntil = null;
                if ("SECONDED".equals(teacher.status)) {
                    teacher.status = "ACTIVE";
                }
            }
            default -> {
            }
        }
    }

    private static KnownTeacher teacher(UUID id, CloudEvent event) {
        KnownTeacher teacher = KnownTeacher.findById(id);
        if (teacher == null) {
            teacher = new KnownTeacher();
            teacher.id = id;
            teacher.status = "ACTIVE";
            teacher.countyId = text(event.data(), "countyId", event.countyId());
            if (teacher.countyId == null) {
                throw new MalformedEventException(event.type() + " " + event.id() + " names no county");
            }
        }
        return teacher;
    }

    static String text(JsonNode data, String field, String fallback) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? fallback : node.asText();
    }

    static UUID uuid(JsonNode data, String field) {
        UUID id = uuidOrNull(data, field);
        if (id == null) {
            throw new MalformedEventException("event data has no " + field);
        }
        return id;
    }

    static UUID uuidOrNull(JsonNode data, String field) {
        String value = text(data, field, null);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(field + " '" + value + "' is not a UUID", e);
        }
    }

    static LocalDate date(JsonNode data, String field, LocalDate fallback) {
        String value = text(data, field, null);
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new MalformedEventException(field + " '" + value + "' is not a date", e);
        }
    }
}
