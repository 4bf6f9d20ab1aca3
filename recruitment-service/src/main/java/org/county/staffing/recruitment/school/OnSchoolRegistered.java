package org.county.staffing.recruitment.school;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.quota.SchoolRegistered;

/** A school registered by the staffing office joins the school read model (again, if re-announced). */
@ApplicationScoped
public class OnSchoolRegistered implements EventHandler {

    @Override
    public List<EventType<?>> types() {
        return List.of(SchoolRegistered.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        SchoolRegistered registered = event.data(SchoolRegistered.TYPE);
        KnownSchool school = KnownSchool.findById(registered.schoolId());
        if (school == null) {
            school = new KnownSchool();
            school.schoolId = registered.schoolId();
        }
        school.countyId = registered.countyId();
        school.name = registered.name();
        school.kind = registered.kind();
        school.status = registered.status();
        school.mergedInto = registered.mergedInto();
        school.persist();
    }
}
