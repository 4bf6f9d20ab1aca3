package org.county.staffing.recruitment.campaign;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One applicant's application for one post of a campaign, its scores, rank and offer. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Column(name = "post_id", nullable = false)
    public UUID postId;

    /** INTERNAL: the competing county teacher. */
    @Column(name = "teacher_id")
    public UUID teacherId;

    /** One application per applicant and campaign: {@code teacher:<id>} or {@code person:<id-number hash>}. */
    @Column(name = "applicant_key", nullable = false)
    public String applicantKey;

    /** OPEN: the candidate as stored JSON (the ID number hashed, masked and encrypted only). */
    public String candidate;

    @Column(name = "applied_at", nullable = false)
    public OffsetDateTime appliedAt;

    @Column(name = "written_score")
    public BigDecimal writtenScore;

    @Column(name = "interview_score")
    public BigDecimal interviewScore;

    @Column(name = "total_score")
    public BigDecimal totalScore;

    public Integer rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfferStatus offer;

    @Column(name = "offered_at")
    public OffsetDateTime offeredAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "appointed_teacher_id")
    public UUID appointedTeacherId;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;
}
