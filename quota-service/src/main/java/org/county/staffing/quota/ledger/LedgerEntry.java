package org.county.staffing.quota.ledger;

import org.county.staffing.quota.pool.Pool;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One entry of the dedicated quota ledger. Entries are only ever inserted (the database refuses
 * updates and deletes); every balance is a sum of entries. {@code balance}, {@code poolTotal} and
 * {@code poolAllocated} record the sums right after the entry, computed under the pool's lock.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Insertion order (a database sequence). */
    @Column(nullable = false)
    public long seq;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Pool pool;

    /** Null for POOL entries. */
    @Column(name = "school_id")
    public String schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryKind kind;

    @Column(nullable = false)
    public int delta;

    /** The school's allocation after the entry (for POOL entries: the pool total). */
    @Column(nullable = false)
    public int balance;

    @Column(name = "pool_total", nullable = false)
    public int poolTotal;

    @Column(name = "pool_allocated", nullable = false)
    public int poolAllocated;

    @Column(nullable = false)
    public String reason;

    /** The verification, plan, transfer or merge the entry belongs to. */
    @Column
    public String reference;

    @Column(name = "transfer_id")
    public UUID transferId;

    /** For entries of an executed plan: the plan item, so that a plan is applied once. */
    @Column(name = "plan_item_id")
    public String planItemId;

    @Column(nullable = false)
    public String actor;

    @Column(name = "correlation_id")
    public String correlationId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
