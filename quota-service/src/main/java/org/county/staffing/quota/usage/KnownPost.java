package org.county.staffing.quota.usage;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A post as post-service announced it (read model; post-service owns posts). */
@Entity
@Table(name = "known_post")
public class KnownPost extends PanacheEntityBase {

    public static final String ABOLISHED = "ABOLISHED";

    @Id
    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "county_id")
    public String countyId;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Column
    public String category;

    @Column
    public String subject;

    @Column
    public String level;

    /** The leadership role of a MANAGEMENT post (the backbone's {@code LeadershipRole}), else null. */
    @Column(name = "leadership_role")
    public String leadershipRole;

    /** VACANT, FROZEN or ABOLISHED. */
    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
