package org.county.staffing.post.post;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.county.staffing.backbone.contract.LeadershipRole;
import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.TitleGrade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A post (崗位) of a school: HR sets it up within the school's quota; the education bureau fills it. */
@Entity
@Table(name = "post")
public class Post extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostCategory category;

    /** The subject taught; teaching posts only. */
    public String subject;

    /** The professional title grade of the post. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TitleGrade level;

    /** The leadership post of the school's regulation this MANAGEMENT post is (principal, party secretary...). */
    @Enumerated(EnumType.STRING)
    @Column(name = "leadership_role")
    public LeadershipRole leadershipRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostStatus status;

    @Column(name = "teacher_id")
    public UUID teacherId;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "occupied_since")
    public LocalDate occupiedSince;

    /**
     * A teacher appointed to this post while its holder had not yet left (the two events of a
     * paired exchange arrive in any order): takes the post when the holder leaves it.
     */
    @Column(name = "pending_teacher_id")
    public UUID pendingTeacherId;

    @Column(name = "pending_appointment_id")
    public UUID pendingAppointmentId;

    @Column(name = "pending_since")
    public LocalDate pendingSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "freeze_cause")
    public FreezeCause freezeCause;

    /** Why the post got its current status (frozen, abolished), as the official or the rule said. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "established_by_plan")
    public UUID establishedByPlan;

    @Column(name = "abolished_by_plan")
    public UUID abolishedByPlan;

    /** An executed plan abolishes this occupied post as soon as its holder leaves. */
    @Column(name = "abolish_when_vacated_plan")
    public UUID abolishWhenVacatedPlan;

    /**
     * The open internal campaign (內部競聘) filling this vacant post, from recruitment's campaign
     * events: the post is frozen for over-establishment only after every other vacant post.
     */
    @Column(name = "filling_campaign_id")
    public UUID fillingCampaignId;

    @Column(name = "established_at", nullable = false)
    public OffsetDateTime establishedAt;

    /** The order in which posts were set up (sequence {@code post_established_seq}), whatever the clock says. */
    @Column(name = "established_seq", nullable = false, updatable = false)
    public long establishedSeq;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    public OverEstablishment.Slot slot() {
        return new OverEstablishment.Slot(id, status, freezeCause, establishedSeq, fillingCampaignId != null,
                abolishWhenVacatedPlan != null);
    }
}
