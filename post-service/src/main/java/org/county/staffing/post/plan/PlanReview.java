package org.county.staffing.post.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.county.staffing.backbone.review.PlanReviewCycle;
import org.county.staffing.backbone.review.ReceivedPlanVersion;
import org.county.staffing.backbone.review.ReviewStatus;
import org.county.staffing.backbone.review.Verdict;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** HR's review of one submitted version of an annual adjustment plan, with its automatic check. */
@Entity
@Table(name = "plan_review")
public class PlanReview extends ReceivedPlanVersion {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    /** The latest automatic check (JSON array of {rule, passed, detail, detailZh, itemIds}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String checks;

    @Column(name = "checks_passed", nullable = false)
    public boolean checksPassed;

    @Column(name = "checked_at", nullable = false)
    public OffsetDateTime checkedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    public Verdict decision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String reasons;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "executed_on")
    public LocalDate executedOn;

    /** HR's record of a version that arrived, in the status the review cycle gives it; its check is added next. */
    static PlanReview of(PlanReviewCycle.Arrived arrived, String items, OffsetDateTime receivedAt) {
        PlanReview review = new PlanReview();
        review.receive(arrived, items);
        review.status = PlanStatus.of(arrived.status());
        review.receivedAt = receivedAt;
        return review;
    }

    @Override
    public ReviewStatus reviewStatus() {
        return status.review();
    }
}
