package org.county.staffing.post.post;

import org.county.staffing.backbone.time.PlatformClock;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.quota.AllocationChanged;
import org.county.staffing.contracts.quota.SchoolMerged;
import org.county.staffing.contracts.quota.SchoolRegistered;
import org.county.staffing.post.school.KnownSchool;
import org.county.staffing.post.school.SchoolDirectory;
import org.county.staffing.post.school.SchoolStatus;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Follows quota-service: the schools it registers and merges, and each school's allocation after
 * every ledger entry. When a school's quota changes, its posts are brought within it (vacant posts
 * frozen first) or released again.
 */
@ApplicationScoped
public class QuotaEventsHandler implements EventHandler {

    @Inject
    PlatformClock clock;

    private static final Logger LOG = Logger.getLogger(QuotaEventsHandler.class);

    @Inject
    SchoolDirectory schools;

    @Inject
    EstablishmentReconciler reconciler;

    @Override
    public List<EventType<?>> types() {
        return List.of(SchoolRegistered.TYPE, SchoolMerged.TYPE, AllocationChanged.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        JsonNode data = requireData(event);
        if (event.is(SchoolRegistered.TYPE)) {
            registered(event, data);
        } else if (event.is(SchoolMerged.TYPE)) {
            merged(event, data);
        } else if (event.is(AllocationChanged.TYPE)) {
            allocationChanged(event, data);
        }
    }

    private void registered(CloudEvent event, JsonNode data) {
        String schoolId = requireSchoolId(event, data, "schoolId");
        KnownSchool school = schools.lockOrCreate(schoolId, county(event, data));
        school.countyId = county(event, data);
        school.name = text(data, "name");
        school.kind = text(data, "kind");
        school.location = text(data, "location");
        school.district = text(data, "district");
        school.pool = text(data, "pool");
        school.status = "MERGED".equals(text(data, "status")) ? SchoolStatus.MERGED : SchoolStatus.ACTIVE;
        school.mergedInto = text(data, "mergedInto");
        school.registered = true;
        school.updatedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private void merged(CloudEvent event, JsonNode data) {
        String schoolId = requireSchoolId(event, data, "schoolId");
        String into = text(data, "intoSchoolId");
        if (into == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no intoSchoolId");
        }
        KnownSchool school = schools.lockOrCreate(schoolId, county(event, data));
        school.status = SchoolStatus.MERGED;
        school.mergedInto = into;
        school.updatedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** {@code balance} is the school's allocation after the entry; pool entries (no school) are not ours. */
    private void allocationChanged(CloudEvent event, JsonNode data) {
        String schoolId = text(data, "schoolId");
        if (schoolId == null || "POOL".equals(text(data, "kind"))) {
            return;
        }
        requireSchoolId(event, data, "schoolId");
        JsonNode balance = data.get("balance");
        if (balance == null || !balance.canConvertToInt() || !balance.isIntegralNumber() || balance.intValue() < 0) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no whole, non-negative balance");
        }
        KnownSchool school = schools.lockOrCreate(schoolId, county(event, data));
        int previous = school.quota;
        school.quota = balance.intValue();
        school.quotaEntryId = uuidOrNull(text(data, "entryId"));
        school.quotaChangedAt = event.time() != null ? event.time() : OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        school.updatedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        LOG.debugf("school %s quota %d -> %d (%s)", schoolId, previous, school.quota, text(data, "kind"));
        reconciler.reconcile(school, true);
    }

    private static JsonNode requireData(CloudEvent event) {
        if (event.data() == null || !event.data().isObject()) {
            throw new MalformedEventException(event.type() + " " + event.id() + " carries no data object");
        }
        return event.data();
    }

    private static String requireSchoolId(CloudEvent event, JsonNode data, String field) {
        String id = text(data, field);
        if (id == null) {
            id = event.subject();
        }
        if (id == null || !id.matches("\\d{10}")) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no 10-digit " + field);
        }
        return id;
    }

    private static String county(CloudEvent event, JsonNode data) {
        String county = text(data, "countyId");
        return county != null ? county : event.countyId();
    }

    static String text(JsonNode data, String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
