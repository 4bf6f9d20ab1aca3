package org.county.staffing.recruitment.plan;

import java.io.Serializable;
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

/** A department's decision on a plan version, as its event reported it. */
@Entity
@Table(name = "plan_decision")
@IdClass(PlanDecision.Key.class)
public class PlanDecision extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    public int version;

    @Id
    @Enumerated(EnumType.STRING)
    public Department department;

    /** APPROVE or REJECT. */
    @Column(nullable = false)
    public String decision;

    /** JSON array of strings. */
    @Column(nullable = false)
    public String reasons;

    /** JSON array of the department's automatic checks ({rule, passed, detail}). */
    @Column(nullable = false)
    public String checks;

    public String actor;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID planId;
        public int version;
        public Department department;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(planId, k.planId) && java.util.Objects.equals(version, k.version) && java.util.Objects.equals(department, k.department);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(planId, version, department);
        }
    }
}
