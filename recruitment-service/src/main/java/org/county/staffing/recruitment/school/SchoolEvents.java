package org.county.staffing.recruitment.school;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.recruitment.RecruitmentEvents;

import com.fasterxml.jackson.databind.JsonNode;

/** Keeps the school read model: registered schools and merges. */
@ApplicationScoped
public class SchoolEvents implements EventHandler {

    @Override
    public Set<String> eventTypes() {
        return Set.of(RecruitmentEvents.SCHOOL_REGISTERED, RecruitmentEvents.SCHOOL_MERGED);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        String schoolId = text(data, "schoolId");
        if (schoolId == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no schoolId");
        }
        SchoolRef school = SchoolRef.findById(schoolId);
        if (RecruitmentEvents.SCHOOL_REGISTERED.equals(event.type())) {
            if (school == null) {
                school = new SchoolRef();
                school.schoolId = schoolId;
            }
            school.countyId = firstNonNull(text(data, "countyId"), event.countyId());
            if (school.countyId == null) {
                throw new MalformedEventException(event.type() + " " + event.id() + " names no county");
            }
            school.name = firstNonNull(text(data, "name"), schoolId);
            school.kind = text(data, "kind");
            school.status = firstNonNull(text(data, "status"), "ACTIVE");
            school.mergedInto = text(data, "mergedInto");
            school.persist();
        } else if (school != null) {
            school.status = "MERGED";
            school.mergedInto = text(data, "intoSchoolId");
        }
    }

    static String text(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
