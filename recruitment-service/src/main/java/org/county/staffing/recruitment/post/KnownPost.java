package org.county.staffing.recruitment.post;

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

/** HR's post, as its {@code post.post.*} events describe it. Occupancy is this service's own appointments. */
@Entity
@Table(name = "known_post")
public class KnownPost extends PanacheEntityBase {

    @Id
    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Column(name = "county_id")
    public String countyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostCategory category;

    public String subject;

    public String level;

    /** The leadership role of a leadership post (post.post.established.v1 {@code leadershipRole}); null otherwise. */
    @Column(name = "leadership_role")
    public String leadershipRole;

    @Column(nullable = false)
    public boolean established;

    @Column(nullable = false)
    public boolean abolished;

    @Column(nullable = false)
    public boolean frozen;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Open for appointment as far as HR is concerned: established, not abolished, not frozen. */
    public boolean openForAppointment() {
        return established && !abolished && !frozen;
    }
}
