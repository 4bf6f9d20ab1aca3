package org.county.staffing.recruitment.school;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.quota.SchoolMerged;

/** A merged school stays in the read model, marked MERGED with the school it joined. */
@ApplicationScoped
public class OnSchoolMerged implements EventHandler {

    @Override
    public List<EventType<?>> types() {
        return List.of(SchoolMerged.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        SchoolMerged merged = event.data(SchoolMerged.TYPE);
        KnownSchool school = KnownSchool.findById(merged.schoolId());
        if (school != null) {
            school.status = "MERGED";
            school.mergedInto = merged.intoSchoolId();
        }
    }
}
