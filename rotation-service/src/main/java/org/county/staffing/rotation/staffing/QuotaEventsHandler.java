package org.county.staffing.rotation.staffing;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.quota.AllocationChanged;
import org.county.staffing.contracts.quota.SchoolMerged;
import org.county.staffing.contracts.quota.SchoolRegistered;

/** Keeps the school read model: registrations, mergers and quota allocations from quota-service. */
@ApplicationScoped
public class QuotaEventsHandler implements EventHandler {

    private static final Set<String> LOCATIONS = Set.of("URBAN", "TOWN", "RURAL");

    @Override
    public List<EventType<?>> types() {
        return List.of(SchoolRegistered.TYPE, SchoolMerged.TYPE, AllocationChanged.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(SchoolRegistered.TYPE)) {
            registered(event, event.data(SchoolRegistered.TYPE));
        } else if (event.is(SchoolMerged.TYPE)) {
            SchoolMerged merged = event.data(SchoolMerged.TYPE);
            KnownSchool school = KnownSchool.findById(merged.schoolId());
            if (school != null) {
                school.status = "MERGED";
                school.mergedInto = merged.intoSchoolId();
            }
        } else if (event.is(AllocationChanged.TYPE)) {
            AllocationChanged change = event.data(AllocationChanged.TYPE);
            if (change.schoolId() == null) {
                return;
            }
            KnownSchool school = KnownSchool.findById(change.schoolId());
            if (school != null) {
                // the registration is on the same topic and key, so it came first; no school here is a
                // school of another service's history only
                school.quota = change.balance();
            }
        }
    }

    private static void registered(CloudEvent event, SchoolRegistered registered) {
        if (registered.schoolId().isBlank()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no school");
        }
        if (!LOCATIONS.contains(registered.location())) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has location '" + registered.location()
                    + "', not URBAN, TOWN or RURAL");
        }
        KnownSchool school = KnownSchool.findById(registered.schoolId());
        if (school == null) {
            school = new KnownSchool();
            school.id = registered.schoolId();
        }
        school.countyId = registered.countyId();
        school.name = registered.name();
        school.kind = registered.kind();
        school.location = registered.location();
        school.district = registered.district();
        school.status = registered.status();
        school.mergedInto = registered.mergedInto();
        school.persist();
    }
}
