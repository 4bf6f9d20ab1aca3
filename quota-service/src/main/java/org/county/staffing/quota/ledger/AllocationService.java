package org.county.staffing.quota.ledger;

import org.county.staffing.quota.pool.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.school.School;
import org.county.staffing.quota.school.SchoolService;

import io.quarkus.panache.common.Parameters;

/** The staffing office's direct changes: pool totals, one school's allocation, transfers between schools. */
@ApplicationScoped
public class AllocationService {

    @Inject
    Ledger ledger;

    @Inject
    SchoolService schools;

    @Inject
    QuotaFloor floor;

    @Transactional
    public EntryView adjustPool(String countyId, Pool pool, int delta, String reason) {
        LedgerRules.requireNonZero(delta, "delta");
        PoolAccount account = ledger.lock(countyId, pool);
        LedgerRules.requireTotalCoversAllocations(account, delta, "delta");
        return EntryView.of(ledger.append(countyId, pool, null, EntryKind.POOL, delta, reason.trim(), null, null, null));
    }

    @Transactional
    public EntryView adjustSchool(String countyId, String schoolId, int delta, String reason, String reference) {
        LedgerRules.requireNonZero(delta, "delta");
        School school = schools.get(countyId, schoolId);
        PoolAccount account = ledger.lock(countyId, school.pool());
        School.getEntityManager().refresh(school);
        school.requireActive();
        int balance = ledger.balance(schoolId);
        LedgerRules.requireBalanceCovers(schoolId, balance, delta, "delta");
        floor.requireCovered(countyId, schoolId, balance, delta, "delta");
        LedgerRules.requireWithinPool(account, delta, "delta");
        return EntryView.of(ledger.append(countyId, school.pool(), schoolId, EntryKind.ADJUSTMENT, delta, reason.trim(),
                blankToNull(reference), null, null));
    }

    /** Two entries in one transaction sharing a transfer id: what one school gives, the other gets (有減有增). */
    @Transactional
    public TransferView transfer(String countyId, String fromSchoolId, String toSchoolId, int amount, String reason,
                                 String reference) {
        LedgerRules.requireDistinct(fromSchoolId, toSchoolId);
        School from = school(countyId, fromSchoolId, "fromSchoolId");
        School to = school(countyId, toSchoolId, "toSchoolId");
        LedgerRules.requireSamePool(from.pool(), to.pool());
        ledger.lock(countyId, from.pool());
        School.getEntityManager().refresh(from);
        School.getEntityManager().refresh(to);
        requireActive(from, "fromSchoolId");
        requireActive(to, "toSchoolId");
        int balance = ledger.balance(fromSchoolId);
        LedgerRules.requireBalanceCovers(fromSchoolId, balance, -amount, "amount");
        floor.requireCovered(countyId, fromSchoolId, balance, -amount, "amount");
        UUID transferId = UUID.randomUUID();
        String ref = reference == null || reference.isBlank() ? transferId.toString() : reference.trim();
        List<EntryView> entries = new ArrayList<>();
        entries.add(EntryView.of(ledger.append(countyId, from.pool(), fromSchoolId, EntryKind.TRANSFER, -amount, reason.trim(),
                ref, transferId, null)));
        entries.add(EntryView.of(ledger.append(countyId, to.pool(), toSchoolId, EntryKind.TRANSFER, amount, reason.trim(),
                ref, transferId, null)));
        return new TransferView(transferId, fromSchoolId, toSchoolId, amount, entries);
    }

    public List<PoolView> pools(String countyId) {
        List<PoolView> out = new ArrayList<>();
        for (Pool pool : Pool.values()) {
            out.add(PoolView.of(ledger.account(countyId, pool), ledger.isOpen(countyId, pool)));
        }
        return out;
    }

    public List<EntryView> entries(String countyId, String schoolId, Pool pool, EntryKind kind, String reference,
                                   int offset, int limit) {
        StringBuilder query = new StringBuilder("countyId = :county");
        Parameters params = Parameters.with("county", countyId);
        if (schoolId != null && !schoolId.isBlank()) {
            query.append(" and schoolId = :school");
            params.and("school", schoolId.trim());
        }
        if (pool != null) {
            query.append(" and pool = :pool");
            params.and("pool", pool);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            params.and("kind", kind);
        }
        if (reference != null && !reference.isBlank()) {
            query.append(" and reference = :reference");
            params.and("reference", reference.trim());
        }
        return LedgerEntry.<LedgerEntry>find(query + " order by seq", params).range(offset, offset + limit - 1).list()
                .stream().map(EntryView::of).toList();
    }

    public static Pool parsePool(String text) {
        try {
            return Pool.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.notFound("POOL_KNOWN", "pool", new Reason(
                    "'" + text + "' is not a pool; known: " + List.of(Pool.values()),
                    "'" + text + "' 不是编制池，可选：" + List.of(Pool.values())));
        }
    }

    private School school(String countyId, String schoolId, String field) {
        try {
            return schools.get(countyId, schoolId);
        } catch (RuleViolation e) {
            throw new RuleViolation(e.status(), e.rule(), field, e.violations().get(0).reason());
        }
    }

    private static void requireActive(School school, String field) {
        try {
            school.requireActive();
        } catch (RuleViolation e) {
            throw RuleViolation.conflict(e.rule(), field, e.violations().get(0).reason());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
