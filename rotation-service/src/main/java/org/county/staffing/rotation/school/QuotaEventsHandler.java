package org.county.staffing.rotation.school;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/** Keeps the school read model: registrations, mergers and quota allocations from quota-service. */
@ApplicationScoped
public class QuotaEventsHandler implements EventHandler {

    static final String REGISTERED = "quota.school.registered.v1";
    static final String MERGED = "quota.school.merged.v1";
    static final String ALLOCATION_CHANGED = "quota.allocation.changed.v1";

    @Override
    public Set<String> eventTypes() {
        return Set.of(REGISTERED, MERGED, ALLOCATION_CHANGED);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = event.data();
        switch (event.type()) {
            case REGISTERED -> {
                String id = required(data, "schoolId");
                KnownSchool school = KnownSchool.findById(id);
                if (school == null) {
                    school = new KnownSchool();
                    school.id = id;
                }
                school.countyId = text(data, "countyId", event.countyId());
                if (school.countyId == null) {
                    throw new MalformedEventException(REGISTERED + " " + event.id() + " names no county");
                }
                school.name = text(data, "name", id);
                school.kind = text(data, "kind", "SCHOOL");
                school.location = required(data, "location");
                if (!java.util.Set.of("URBAN", "TOWN", "RURAL").contains(school.location)) {
                    throw new MalformedEventException(REGISTERED + " " + event.id() + " has location '" + school.location
                            + "', not URBAN, TOWN or RURAL");
                }
                school.district = text(data, "district", "");
                school.status = text(data, "status", "ACTIVE");
                school.mergedInto = text(data, "mergedInto", null);
                school.persist();
            }
            case MERGED -> {
                KnownSchool school = KnownSchool.findById(required(data, "schoolId"));
                if (school != null) {
                    school.status = "MERGED";
                    school.mergedInto = text(data, "intoSchoolId", null);
                }
            }
            case ALLOCATION_CHANGED -> {
                String id = text(data, "schoolId", null);
                if (id == null || !data.path("balance").isIntegralNumber()) {
                    return;
                }
                KnownSchool school = KnownSchool.findById(id);
                if (school == null) {
                    // the registration is on the same topic and key, so it came first; a school of
                    // another service's history only
                    return;
                }
                school.quota = data.path("balance").asInt();
            }
            default -> {
            }
        }
    }

    static String required(JsonNode data, String field) {
        String value = text(data, field, null);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("event data has no " + field);
        }
        return value;
    }

    static String text(JsonNode data, String field, String fallback) {
        JsonNode node = data == null ? null : data.get(field);
        return node == null || node.isNull() ? fallback : node.asText();
    }
}
