package org.county.staffing.post.post;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.quota.AllocationChanged;
import org.county.staffing.contracts.quota.RegulationIssued;
import org.county.staffing.contracts.quota.SchoolMerged;
import org.county.staffing.contracts.quota.SchoolRegistered;
import org.county.staffing.post.regulation.KnownRegulation;
import org.county.staffing.post.school.KnownSchool;
import org.county.staffing.post.school.SchoolDirectory;
import org.county.staffing.post.school.SchoolStatus;
import org.jboss.logging.Logger;

/**
 * Follows quota-service: the schools it registers and merges, and each school's allocation after
 * every ledger entry. When a school's quota changes, its posts are brought within it (vacant posts
 * frozen first) or released again. Every version of each school's function-and-staffing regulation is
 * kept for the leadership posts it approves; the one in force applies.
 */
@ApplicationScoped
public class QuotaEventsHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(QuotaEventsHandler.class);
    private static final String POOL_ENTRY = "POOL";

    @Inject
    SchoolDirectory schools;

    @Inject
    EstablishmentReconciler reconciler;

    @Override
    public List<EventType<?>> types() {
        return List.of(SchoolRegistered.TYPE, SchoolMerged.TYPE, AllocationChanged.TYPE, RegulationIssued.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.is(SchoolRegistered.TYPE)) {
            registered(event, event.data(SchoolRegistered.TYPE));
        } else if (event.is(SchoolMerged.TYPE)) {
            merged(event, event.data(SchoolMerged.TYPE));
        } else if (event.is(AllocationChanged.TYPE)) {
            allocationChanged(event, event.data(AllocationChanged.TYPE));
        } else if (event.is(RegulationIssued.TYPE)) {
            regulationIssued(event, event.data(RegulationIssued.TYPE));
        }
    }

    private void registered(CloudEvent event, SchoolRegistered registered) {
        String schoolId = requireSchoolId(event, registered.schoolId());
        KnownSchool school = schools.lockOrCreate(schoolId, registered.countyId());
        school.countyId = registered.countyId();
        school.name = registered.name();
        school.kind = registered.kind();
        school.location = registered.location();
        school.district = registered.district();
        school.pool = registered.pool();
        school.status = "MERGED".equals(registered.status()) ? SchoolStatus.MERGED : SchoolStatus.ACTIVE;
        school.mergedInto = registered.mergedInto();
        school.registered = true;
        school.updatedAt = schools.now();
    }

    private void merged(CloudEvent event, SchoolMerged merged) {
        String schoolId = requireSchoolId(event, merged.schoolId());
        KnownSchool school = schools.lockOrCreate(schoolId, merged.countyId());
        school.status = SchoolStatus.MERGED;
        school.mergedInto = requireSchoolId(event, merged.intoSchoolId());
        school.updatedAt = schools.now();
    }

    /** {@code balance} is the school's allocation after the entry; pool entries (no school) are not ours. */
    private void allocationChanged(CloudEvent event, AllocationChanged entry) {
        if (entry.schoolId() == null || POOL_ENTRY.equals(entry.kind())) {
            return;
        }
        String schoolId = requireSchoolId(event, entry.schoolId());
        if (entry.balance() < 0) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has a negative balance " + entry.balance());
        }
        KnownSchool school = schools.lockOrCreate(schoolId, entry.countyId());
        int previous = school.quota;
        OffsetDateTime now = schools.now();
        school.quota = entry.balance();
        school.quotaEntryId = entry.entryId();
        school.quotaChangedAt = event.time() != null ? event.time() : now;
        school.updatedAt = now;
        LOG.debugf("school %s quota %d -> %d (%s)", schoolId, previous, school.quota, entry.kind());
        reconciler.reconcile(school, true);
    }

    /**
     * Every version of the school's regulation is kept (a repeated one changes nothing): the one in
     * force on a day is the highest version whose {@code effectiveFrom} has come (RegulationRules).
     */
    private void regulationIssued(CloudEvent event, RegulationIssued issued) {
        String schoolId = requireSchoolId(event, issued.schoolId());
        Map<LeadershipRole, Integer> approved = new EnumMap<>(LeadershipRole.class);
        for (RegulationIssued.LeadershipPost post : issued.leadershipPosts() == null
                ? List.<RegulationIssued.LeadershipPost>of() : issued.leadershipPosts()) {
            LeadershipRole role = leadershipRole(event, post.role());
            if (post.count() < 0) {
                throw new MalformedEventException(event.type() + " " + event.id() + " approves " + post.count() + " " + role);
            }
            approved.merge(role, post.count(), Integer::sum);
        }
        if (issued.effectiveFrom() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no effectiveFrom");
        }
        // the school's row lock, which HR's establishment holds too: a check reads the versions before or after, whole
        schools.lockOrCreate(schoolId, issued.countyId());
        if (KnownRegulation.count("schoolId = ?1 and version = ?2", schoolId, issued.version()) > 0) {
            return;
        }
        KnownRegulation regulation = new KnownRegulation();
        regulation.schoolId = schoolId;
        regulation.countyId = issued.countyId();
        regulation.regulationId = issued.regulationId();
        regulation.version = issued.version();
        regulation.effectiveFrom = issued.effectiveFrom();
        regulation.partyOrganisation = issued.partyOrganisation();
        regulation.approve(approved);
        regulation.leadershipTotal = issued.leadershipTotal();
        regulation.updatedAt = schools.now();
        regulation.persist();
    }

    private static LeadershipRole leadershipRole(CloudEvent event, String role) {
        try {
            return LeadershipRole.valueOf(role);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no leadership role ('" + role + "')");
        }
    }

    /** A school id is the 10-digit national school identification code; anything else is not a school of ours. */
    private static String requireSchoolId(CloudEvent event, String schoolId) {
        if (schoolId == null || !schoolId.matches("\\d{10}")) {
            throw new MalformedEventException(event.type() + " " + event.id() + " names no 10-digit school id ('"
                    + schoolId + "')");
        }
        return schoolId;
    }
}
