package org.county.staffing.recruitment.school;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.recruitment.RecruitmentEvents;

import com.fasterxml.jackson.databind.JsonNode;

/** A merged school stays in the read model, marked MERGED with the school it joined. */
@ApplicationScoped
public class OnSchoolMerged implements EventHandler {

    @Override
    public Set<String> eventTypes() {
        return Set.of(RecruitmentEvents.SCHOOL_MERGED);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        String schoolId = OnSchoolRegistered.text(data, "schoolId");
        if (schoolId == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no schoolId");
        }
        KnownSchool school = KnownSchool.findById(schoolId);
        if (school != null) {
            school.status = "MERGED";
            school.mergedInto = OnSchoolRegistered.text(data, "intoSchoolId");
        }
    }
}
