package org.county.staffing.quota.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A special inspection (專項督查) run on demand over a county, or a district or some schools of it. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column
    public String district;

    /** Comma-separated school ids when the inspection was limited to them. */
    @Column(name = "school_ids")
    public String schoolIds;

    @Column
    public String note;

    @Column(name = "inspected_on", nullable = false)
    public LocalDate inspectedOn;

    @Column(name = "schools_inspected", nullable = false)
    public int schoolsInspected;

    @Column(name = "run_by", nullable = false)
    public String runBy;

    @Column(name = "run_at", nullable = false)
    public OffsetDateTime runAt;

    /** Comma-separated departments taking part (the staffing office always). */
    @Column(nullable = false)
    public String departments;

    /** Days given to rectify its findings; null for inspections before deadlines were set. */
    @Column(name = "rectification_days")
    public Integer rectificationDays;
}
