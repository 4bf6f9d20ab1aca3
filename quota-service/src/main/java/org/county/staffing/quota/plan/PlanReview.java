package org.county.staffing.quota.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.county.staffing.backbone.review.PlanReviewCycle;
import org.county.staffing.backbone.review.ReviewStatus;
import org.county.staffing.backbone.review.ReviewedVersion;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One submitted version of the education bureau's annual adjustment plan, as the staffing office reviews it. */
@Entity
@Table(name = "plan_review")
public class PlanReview extends PanacheEntityBase implements ReviewedVersion {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    /** The automatic check (JSON list of PlanCheck), as of submission, then as of the decision. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String checks;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** JSON list of strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String reasons;

    /** APPLIED or REFUSED once the bureau executed the version. */
    @Column(name = "execution_status")
    public String executionStatus;

    @Column(name = "execution_detail")
    public String executionDetail;

    @Column(name = "executed_at")
    public OffsetDateTime executedAt;

    /** A version as it arrived, in the status it starts in; the items as stored JSON. */
    static PlanReview arrived(PlanReviewCycle.Arrived arrived, String items) {
        PlanReview review = new PlanReview();
        review.id = UUID.randomUUID();
        review.planId = arrived.submission().planId();
        review.version = arrived.submission().version();
        review.countyId = arrived.submission().countyId();
        review.schoolYear = arrived.submission().schoolYear();
        review.late = arrived.submission().late();
        review.lateReason = arrived.lateReason();
        review.effectiveDate = arrived.submission().effectiveDate();
        review.items = items;
        review.status = arrived.status();
        return review;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public String countyId() {
        return countyId;
    }

    @Override
    public ReviewStatus reviewStatus() {
        return status;
    }
}
