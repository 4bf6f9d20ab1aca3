package org.county.staffing.quota.merger;

import org.county.staffing.contracts.quota.SchoolMerged;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.ledger.EntryKind;
import org.county.staffing.quota.ledger.EntryView;
import org.county.staffing.quota.ledger.Ledger;
import org.county.staffing.quota.school.School;
import org.county.staffing.quota.school.SchoolService;
import org.county.staffing.quota.school.SchoolStatus;

/**
 * Merging institutions (the seed merged 9 non-school institutions into 4): the merged one's whole
 * quota moves to the one taking it over by two MERGE entries sharing the merge id, and the merged
 * institution becomes MERGED: read only, its record and ledger history still readable.
 */
@ApplicationScoped
public class SchoolMergeService {

    @Inject
    SchoolService registry;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Transactional
    public MergeView merge(String countyId, String schoolId, MergeRequest request) {
        if (schoolId.equals(request.intoSchoolId())) {
            throw RuleViolation.unprocessable("MERGE_DISTINCT_SCHOOLS", "intoSchoolId", new Reason(
                    "an institution cannot be merged into itself", "机构不能并入自身"));
        }
        School merged = registry.get(countyId, schoolId);
        School into;
        try {
            into = registry.get(countyId, request.intoSchoolId());
        } catch (RuleViolation e) {
            throw RuleViolation.notFound(e.rule(), "intoSchoolId", e.violations().get(0).reason());
        }
        if (merged.pool() != into.pool()) {
            throw RuleViolation.unprocessable("MERGE_WITHIN_POOL", "intoSchoolId", new Reason(
                    "a " + merged.kind + " of pool " + merged.pool() + " cannot be merged into a " + into.kind + " of pool "
                            + into.pool() + ": its quota would leave its dedicated pool",
                    merged.pool() + " 编制池的机构不能并入 " + into.pool() + " 编制池的机构（专编专用）"));
        }
        ledger.lock(countyId, merged.pool());
        School.getEntityManager().refresh(merged);
        School.getEntityManager().refresh(into);
        merged.requireActive();
        try {
            into.requireActive();
        } catch (RuleViolation e) {
            throw RuleViolation.conflict(e.rule(), "intoSchoolId", e.violations().get(0).reason());
        }
        UUID mergeId = UUID.randomUUID();
        int quota = ledger.balance(schoolId);
        String reason = request.reason().trim();
        List<EntryView> entries = new ArrayList<>();
        if (quota > 0) {
            String entryReason = "merger of " + schoolId + " into " + into.id + ": " + reason;
            entries.add(EntryView.of(ledger.append(countyId, merged.pool(), schoolId, EntryKind.MERGE, -quota, entryReason,
                    mergeId.toString(), mergeId, null)));
            entries.add(EntryView.of(ledger.append(countyId, into.pool(), into.id, EntryKind.MERGE, quota, entryReason,
                    mergeId.toString(), mergeId, null)));
        }
        merged.status = SchoolStatus.MERGED;
        merged.mergedInto = into.id;
        outbox.append(SchoolMerged.TYPE, "school", schoolId, countyId,
                new SchoolMerged(schoolId, into.id, quota, reason, mergeId, countyId));
        return new MergeView(mergeId, schoolId, into.id, quota, reason, entries);
    }


    /** The answer to a merger: the MERGE entries that moved the quota. */
    public record MergeView(UUID mergeId, String schoolId, String intoSchoolId, int quotaMoved, String reason,
                            List<EntryView> entries) {
    }
}
