package org.county.staffing.quota.usage;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A teacher's employment status as recruitment-service announced it (read model, no personal data). */
@Entity
@Table(name = "known_teacher")
public class KnownTeacher extends PanacheEntityBase {

    @Id
    @Column(name = "teacher_id")
    public UUID teacherId;

    @Column(name = "county_id")
    public String countyId;

    /** ACTIVE, SECONDED, ON_LEAVE, RETIRED or LEFT. */
    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
