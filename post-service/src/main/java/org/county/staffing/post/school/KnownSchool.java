package org.county.staffing.post.school;

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
 * A school as quota-service announced it, with the quota (編制) its ledger allocated: the local
 * read model every post rule checks against. Kind, pool and location are kept as sent, so a value
 * quota-service adds later does not break this service.
 */
@Entity
@Table(name = "known_school")
public class KnownSchool extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "county_id")
    public String countyId;

    public String name;

    public String kind;

    public String location;

    public String district;

    public String pool;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchoolStatus status = SchoolStatus.ACTIVE;

    @Column(name = "merged_into")
    public String mergedInto;

    /** False while only allocations of the school were seen, not its registration. */
    @Column(nullable = false)
    public boolean registered;

    /** The school's allocation after the latest ledger entry ({@code balance}). */
    @Column(nullable = false)
    public int quota;

    @Column(name = "quota_entry_id")
    public UUID quotaEntryId;

    @Column(name = "quota_changed_at")
    public OffsetDateTime quotaChangedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isActive() {
        return status == SchoolStatus.ACTIVE;
    }
}
