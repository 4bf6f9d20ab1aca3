package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.county.staffing.backbone.contract.PostCategory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A teacher holding a post (按崗聘用) from a date; active while {@code endedOn} is null. */
@Entity
@Table(name = "appointment")
public class Appointment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Column(name = "post_id", nullable = false)
    public UUID postId;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostCategory category;

    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentSource source;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** TRANSFERRED, or the leaving reason. */
    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public boolean active() {
        return endedOn == null;
    }

    public static Appointment activeOf(UUID teacherId) {
        return find("teacherId = ?1 and endedOn is null", teacherId).firstResult();
    }
}
