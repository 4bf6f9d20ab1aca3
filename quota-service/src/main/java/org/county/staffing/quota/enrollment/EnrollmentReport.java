package org.county.staffing.quota.enrollment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One report of a school's enrollment for a school year. A correction is a new revision; the
 * latest revision is the enrollment, earlier ones stay as history.
 */
@Entity
@Table(name = "enrollment_report")
public class EnrollmentReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(nullable = false)
    public int revision;

    /** Students per stage, as JSON ({"PRIMARY": 812}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String students;

    /** Classes per stage, as JSON; null when not reported. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String classes;

    @Column(name = "total_students", nullable = false)
    public int totalStudents;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public OffsetDateTime reportedAt;
}
