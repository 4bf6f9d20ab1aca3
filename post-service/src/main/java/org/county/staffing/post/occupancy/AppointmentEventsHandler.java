package org.county.staffing.post.occupancy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.recruitment.TeacherAppointed;
import org.county.staffing.contracts.recruitment.TeacherLeft;
import org.county.staffing.contracts.recruitment.TeacherTransferred;
import org.county.staffing.post.post.Post;
import org.county.staffing.post.school.SchoolDirectory;

import com.fasterxml.jackson.databind.JsonNode;

/** Follows the education bureau's appointments: appointed, transferred (one ends, the next starts), left. */
@ApplicationScoped
public class AppointmentEventsHandler implements EventHandler {

    @Inject
    OccupancyService occupancy;

    @Inject
    SchoolDirectory schools;

    @Override
    public List<EventType<?>> types() {
        return List.of(TeacherAppointed.TYPE, TeacherTransferred.TYPE, TeacherLeft.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        if (data == null || !data.isObject()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " carries no data object");
        }
        String ref = event.type() + " " + event.id();
        UUID teacherId = uuid(data, "teacherId", ref, true);
        if (event.is(TeacherAppointed.TYPE)) {
            UUID postId = uuid(data, "postId", ref, true);
            lockSchoolsOf(List.of(postId));
            Post post = occupancy.requirePost(postId, text(data, "schoolId"), ref);
            occupancy.occupy(post, teacherId, uuid(data, "appointmentId", ref, false), date(data, "effectiveFrom", ref), ref);
        } else if (event.is(TeacherTransferred.TYPE)) {
            UUID fromPostId = uuid(data, "fromPostId", ref, true);
            UUID toPostId = uuid(data, "toPostId", ref, true);
            lockSchoolsOf(List.of(fromPostId, toPostId));
            Post from = occupancy.requirePost(fromPostId, text(data, "fromSchoolId"), ref);
            Post to = occupancy.requirePost(toPostId, text(data, "toSchoolId"), ref);
            occupancy.vacate(from, teacherId, "transferred to school " + to.schoolId, ref);
            occupancy.occupy(to, teacherId, uuid(data, "toAppointmentId", ref, false), date(data, "effectiveFrom", ref), ref);
        } else if (event.is(TeacherLeft.TYPE)) {
            UUID postId = uuid(data, "postId", ref, true);
            lockSchoolsOf(List.of(postId));
            Post post = occupancy.requirePost(postId, text(data, "schoolId"), ref);
            String reason = text(data, "reason");
            occupancy.vacate(post, teacherId, "left: " + (reason == null ? "OTHER" : reason), ref);
        }
    }

    /** Locks the schools of the posts, in the one order every transaction uses. */
    private void lockSchoolsOf(List<UUID> postIds) {
        List<String> schoolIds = new ArrayList<>();
        for (UUID id : postIds) {
            Post post = Post.findById(id);
            if (post != null) {
                schoolIds.add(post.schoolId);
            }
        }
        schools.lockAll(schoolIds);
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static UUID uuid(JsonNode data, String field, String ref, boolean required) {
        String text = text(data, field);
        if (text == null) {
            if (required) {
                throw new MalformedEventException(ref + " has no " + field);
            }
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(ref + ": " + field + " '" + text + "' is not a UUID");
        }
    }

    private static LocalDate date(JsonNode data, String field, String ref) {
        String text = text(data, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException(ref + ": " + field + " '" + text + "' is not an ISO-8601 date");
        }
    }
}
