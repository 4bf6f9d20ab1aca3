package org.county.staffing.quota.ledger;

import org.county.staffing.backbone.time.PlatformClock;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import org.county.staffing.contracts.quota.AllocationChanged;
import org.county.staffing.quota.pool.Pool;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.context.CurrentEventContext;
import org.county.staffing.backbone.context.EventContext;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.quota.config.QuotaConfig;

/**
 * The dedicated ledger: pools are opened on first use with the configured totals (as POOL
 * entries, so the ledger explains every total), locked per county and pool for every change, and
 * changed only by appended entries, each announced as {@code quota.allocation.changed.v1}.
 */
@ApplicationScoped
public class Ledger {

    @Inject
    PlatformClock clock;

    public static final String OPENING_REFERENCE = "configuration";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    CurrentEventContext context;

    @Inject
    QuotaConfig config;

    public int defaultTotal(Pool pool) {
        return switch (pool) {
            case K12 -> config.pools().k12DefaultTotal();
            case OTHER -> config.pools().otherDefaultTotal();
            case INSTITUTION -> config.pools().institutionDefaultTotal();
        };
    }

    /**
     * Whether the county's pool totals are its own (not the seed's configured ones): every county
     * but the seed's, unless the seed county is configured as every county.
     */
    public boolean ownTotals(String countyId) {
        String seed = config.pools().seedCounty();
        return !seed.equals(QuotaConfig.Pools.EVERY_COUNTY) && !seed.equals(countyId);
    }

    /** The total a pool opens with: the configured one, or 0 for a county with its own totals. */
    public int openingTotal(String countyId, Pool pool) {
        return ownTotals(countyId) ? 0 : defaultTotal(pool);
    }

    /** Whether the pool's first verification sets its total (a county with its own totals, the pool not opened yet). */
    public boolean totalFromFirstVerification(String countyId, Pool pool) {
        return ownTotals(countyId) && !isOpen(countyId, pool);
    }

    /**
     * Opens the pool if this is its first use and locks it until the transaction ends: every
     * change of a pool's entries happens under this lock, so concurrent allocations are serialised
     * and none can see a stale free quota.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PoolAccount lock(String countyId, Pool pool) {
        return lock(countyId, pool, openingTotal(countyId, pool), "opening total of pool " + pool + " from configuration",
                OPENING_REFERENCE);
    }

    /** {@link #lock(String, Pool)}, a pool opened now opening at {@code openingTotal} (a POOL entry with the reason and reference). */
    @Transactional(Transactional.TxType.MANDATORY)
    public PoolAccount lock(String countyId, Pool pool, int openingTotal, String reason, String reference) {
        int opened = em.createNativeQuery("""
                        insert into quota_pool (county_id, pool, opened_at) values (?1, ?2, now())
                        on conflict do nothing""")
                .setParameter(1, countyId).setParameter(2, pool.name()).executeUpdate();
        em.createNativeQuery("select pool from quota_pool where county_id = ?1 and pool = ?2 for update")
                .setParameter(1, countyId).setParameter(2, pool.name()).getSingleResult();
        if (opened == 1 && openingTotal != 0) {
            append(countyId, pool, null, EntryKind.POOL, openingTotal, reason, reference, null, null);
        }
        return account(countyId, pool);
    }

    public boolean isOpen(String countyId, Pool pool) {
        return ((Number) em.createNativeQuery("select count(*) from quota_pool where county_id = ?1 and pool = ?2")
                .setParameter(1, countyId).setParameter(2, pool.name()).getSingleResult()).intValue() == 1;
    }

    /** The pool's account from its entries; a pool not yet opened shows the total it would open with. */
    public PoolAccount account(String countyId, Pool pool) {
        if (!isOpen(countyId, pool)) {
            return new PoolAccount(pool, openingTotal(countyId, pool), 0);
        }
        Object[] sums = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(delta) filter (where kind = 'POOL'), 0),
                               coalesce(sum(delta) filter (where kind <> 'POOL'), 0)
                        from ledger_entry where county_id = ?1 and pool = ?2""")
                .setParameter(1, countyId).setParameter(2, pool.name()).getSingleResult();
        return new PoolAccount(pool, ((Number) sums[0]).intValue(), ((Number) sums[1]).intValue());
    }

    public int balance(String schoolId) {
        return ((Number) em.createNativeQuery("select coalesce(sum(delta), 0) from ledger_entry where school_id = ?1")
                .setParameter(1, schoolId).getSingleResult()).intValue();
    }

    /** Every school's allocation in the pool (schools without entries are absent). */
    public Map<String, Integer> balances(String countyId, Pool pool) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select school_id, sum(delta) from ledger_entry
                        where county_id = ?1 and pool = ?2 and school_id is not null group by school_id""")
                .setParameter(1, countyId).setParameter(2, pool.name()).getResultList();
        Map<String, Integer> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).intValue()));
        return out;
    }

    /**
     * Appends an entry; the caller holds the pool's lock and has checked the business rules. The
     * ledger's own invariants are checked again here, so no path can write an entry that breaks them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry append(String countyId, Pool pool, String schoolId, EntryKind kind, int delta, String reason,
                              String reference, UUID transferId, String planItemId) {
        PoolAccount before = account(countyId, pool);
        int balance;
        if (kind == EntryKind.POOL) {
            LedgerRules.requireTotalCoversAllocations(before, delta, "delta");
            balance = before.total() + delta;
        } else {
            int current = balance(schoolId);
            LedgerRules.requireBalanceCovers(schoolId, current, delta, "delta");
            LedgerRules.requireWithinPool(before, delta, "delta");
            balance = current + delta;
        }
        EventContext actor = context.get();
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.seq = ((Number) em.createNativeQuery("select nextval('ledger_entry_seq')").getSingleResult()).longValue();
        entry.countyId = countyId;
        entry.pool = pool;
        entry.schoolId = schoolId;
        entry.kind = kind;
        entry.delta = delta;
        entry.balance = balance;
        entry.poolTotal = before.total() + (kind == EntryKind.POOL ? delta : 0);
        entry.poolAllocated = before.allocated() + (kind == EntryKind.POOL ? 0 : delta);
        entry.reason = reason;
        entry.reference = reference;
        entry.transferId = transferId;
        entry.planItemId = planItemId;
        entry.actor = actor.actor();
        entry.correlationId = actor.correlationId();
        entry.recordedAt = OffsetDateTime.ofInstant(clock.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        entry.persist();
        em.flush();
        boolean poolEntry = kind == EntryKind.POOL;
        outbox.append(AllocationChanged.TYPE, poolEntry ? "pool" : "school",
                poolEntry ? "pool:" + countyId + ":" + pool : schoolId, countyId, new AllocationChanged(entry.id, entry.countyId,
                entry.pool.name(), entry.schoolId, entry.kind.name(), entry.delta, entry.balance, entry.reason, entry.reference,
                entry.transferId, entry.poolTotal, entry.poolAllocated, entry.recordedAt));
        return entry;
    }
}
