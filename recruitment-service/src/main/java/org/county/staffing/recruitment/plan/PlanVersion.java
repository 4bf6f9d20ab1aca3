package org.county.staffing.recruitment.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A submitted version of a plan, as it was submitted, and how it ended. */
@Entity
@Table(name = "plan_version")
@IdClass(PlanVersion.Key.class)
public class PlanVersion extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    public int version;

    @Column(nullable = false)
    public String items;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "late_reason")
    public String lateReason;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** SUBMITTED while waiting, then APPROVED, REJECTED or EXECUTED. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus outcome;

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID planId;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(planId, k.planId) && java.util.Objects.equals(version, k.version);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(planId, version);
        }
    }
}
