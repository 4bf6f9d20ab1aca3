package org.county.staffing.recruitment.school;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.recruitment.RecruitmentEvents;

import com.fasterxml.jackson.databind.JsonNode;

/** A school registered by the staffing office joins the school read model (again, if re-announced). */
@ApplicationScoped
public class OnSchoolRegistered implements EventHandler {

    @Override
    public Set<String> eventTypes() {
        return Set.of(RecruitmentEvents.SCHOOL_REGISTERED);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        String schoolId = text(data, "schoolId");
        if (schoolId == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no schoolId");
        }
        KnownSchool school = KnownSchool.findById(schoolId);
        if (school == null) {
            school = new KnownSchool();
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
    }

    static String text(JsonNode data, String field) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
