package org.county.staffing.recruitment.campaign;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

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
import jakarta.persistence.Version;

import org.county.staffing.backbone.contract.TitleGrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recruitment campaign for vacant posts. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignKind kind;

    public String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_post", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "post_id", nullable = false)
    public Set<UUID> postIds = new LinkedHashSet<>();

    @Column(name = "opens_at", nullable = false)
    public OffsetDateTime opensAt;

    @Column(name = "closes_at", nullable = false)
    public OffsetDateTime closesAt;

    @Column(name = "written_weight", nullable = false)
    public int writtenWeight;

    @Column(name = "interview_weight", nullable = false)
    public int interviewWeight;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_title")
    public TitleGrade minTitle;

    @Column(name = "round_id")
    public UUID roundId;

    /** A planned COMPETITION move's campaign: the plan, the rotation move and the planned teacher, invited. */
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "move_id")
    public UUID moveId;

    @Column(name = "invited_teacher_id")
    public UUID invitedTeacherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** Why posts were left unfilled without a ranking deciding it (a post frozen before the offers). */
    @Column(name = "closed_reason")
    public String closedReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;
}
