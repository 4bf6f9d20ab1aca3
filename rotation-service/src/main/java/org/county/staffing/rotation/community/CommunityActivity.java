package org.county.staffing.rotation.community;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One activity of a community, with the schools that took part and the person-times. */
@Entity
@Table(name = "community_activity")
public class CommunityActivity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "community_id", nullable = false)
    public UUID communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityKind kind;

    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    /** Comma-separated school ids. */
    @Column(name = "school_ids", nullable = false)
    public String schoolIds;

    @Column(nullable = false)
    public int participants;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
