package org.county.staffing.rotation.eligibility;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An exemption the education bureau granted a teacher for a school year, with its reason. */
@Entity
@Table(name = "exemption")
public class ExemptionRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
