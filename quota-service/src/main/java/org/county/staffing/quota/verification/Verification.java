package org.county.staffing.quota.verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.county.staffing.quota.pool.Pool;
import org.county.staffing.quota.standard.Rounding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A verification of a pool's school quotas for a school year: a proposal, then approved. */
@Entity
@Table(name = "verification")
public class Verification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Pool pool;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VerificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VerificationStatus status;

    @Column(name = "override_reason")
    public String overrideReason;

    /** The date whose standards were applied: the first day of the school year. */
    @Column(name = "standards_on", nullable = false)
    public LocalDate standardsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rounding rounding;

    @Column(name = "pool_total", nullable = false)
    public int poolTotal;

    /** What the pool can give the schools of this verification: its total less the others' allocations. */
    @Column(nullable = false)
    public int capacity;

    @Column(name = "required_total", nullable = false)
    public int requiredTotal;

    @Column(name = "proposed_total", nullable = false)
    public int proposedTotal;

    @Column(name = "pool_shortfall", nullable = false)
    public int poolShortfall;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public OffsetDateTime proposedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @OneToMany(mappedBy = "verification", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("schoolId")
    public List<VerificationLine> lines = new ArrayList<>();
}
