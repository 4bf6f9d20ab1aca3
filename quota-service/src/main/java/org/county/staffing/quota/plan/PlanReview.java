package org.county.staffing.quota.plan;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.county.staffing.backbone.review.PlanReviewCycle;
import org.county.staffing.backbone.review.ReceivedPlanVersion;
import org.county.staffing.backbone.review.ReviewStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One submitted version of the education bureau's annual adjustment plan, as the staffing office reviews it. */
@Entity
@Table(name = "plan_review")
public class PlanReview extends ReceivedPlanVersion {

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
        review.receive(arrived, items);
        review.status = arrived.status();
        return review;
    }

    @Override
    public ReviewStatus reviewStatus() {
        return status;
    }
}
