package org.county.staffing.quota.school;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.quota.pool.Pool;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A school or other institution of the county, identified by its 10-digit national school
 * identification code (學校標識碼), the id every service, event and token uses.
 */
@Entity
@Table(name = "school")
public class School extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchoolKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_stage", joinColumns = @JoinColumn(name = "school_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    public Set<Stage> stages = EnumSet.noneOf(Stage.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Location location;

    @Column(nullable = false)
    public String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchoolStatus status = SchoolStatus.ACTIVE;

    @Column(name = "merged_into")
    public String mergedInto;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    public Pool pool() {
        return kind.pool();
    }

    /** Rule SCHOOL_ACTIVE: a merged institution is read only; its history stays readable. */
    public void requireActive() {
        if (status != SchoolStatus.ACTIVE) {
            throw RuleViolation.conflict("SCHOOL_ACTIVE", "schoolId", new Reason(
                    "school " + id + " was merged into " + mergedInto + " and is read only",
                    "学校 " + id + " 已并入 " + mergedInto + "，只可查阅，不可变更"));
        }
    }
}
