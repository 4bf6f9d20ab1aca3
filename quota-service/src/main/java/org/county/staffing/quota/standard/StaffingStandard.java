package org.county.staffing.quota.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.county.staffing.quota.school.Stage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a county's staffing standard for a stage; versions are added, never changed. */
@Entity
@Table(name = "staffing_standard")
public class StaffingStandard extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(nullable = false)
    public int version;

    @Column(name = "students_per_staff", nullable = false)
    public BigDecimal studentsPerStaff;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column
    public String reason;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public OffsetDateTime setAt;
}
