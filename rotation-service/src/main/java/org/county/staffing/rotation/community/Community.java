package org.county.staffing.rotation.community;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A school development community (發展共同體): a leading school with one (1+1) or several (1+N) members. */
@Entity
@Table(name = "community")
public class Community extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(nullable = false)
    public String name;

    @Column(name = "lead_school_id", nullable = false)
    public String leadSchoolId;

    /** {@code 1+1} or {@code 1+N}. */
    @Column(nullable = false)
    public String model;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
