package org.county.staffing.rotation.school;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.county.staffing.rotation.planner.model.Tier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The education bureau's profile of a school: quality tier and coordinates. */
@Entity
@Table(name = "school_profile")
public class SchoolProfile extends PanacheEntityBase {

    @Id
    @Column(name = "school_id")
    public String schoolId;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    @Column(nullable = false)
    public BigDecimal latitude;

    @Column(nullable = false)
    public BigDecimal longitude;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public int version;
}
