package org.county.staffing.backbone.review;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every department keeps of a submitted plan version as it arrived (table {@code plan_review}
 * in each department's database); the department's entity adds its status, checks and decision.
 */
@MappedSuperclass
public abstract class ReceivedPlanVersion extends PanacheEntityBase implements ReviewedVersion {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public int version;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "school_year")
    public String schoolYear;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "late_reason")
    public String lateReason;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    /** The items as submitted (JSON array). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String items;

    /** Fills in the version as it arrived, under a new id; {@code items} is the submission's items as stored JSON. */
    protected void receive(PlanReviewCycle.Arrived arrived, String items) {
        this.id = UUID.randomUUID();
        this.planId = arrived.submission().planId();
        this.version = arrived.submission().version();
        this.countyId = arrived.submission().countyId();
        this.schoolYear = arrived.submission().schoolYear();
        this.late = arrived.submission().late();
        this.lateReason = arrived.lateReason();
        this.effectiveDate = arrived.submission().effectiveDate();
        this.items = items;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public String countyId() {
        return countyId;
    }
}
