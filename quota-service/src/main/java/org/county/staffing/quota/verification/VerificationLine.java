package org.county.staffing.quota.verification;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One school of a verification: its enrollment, what the standard requires, and what is proposed. */
@Entity
@Table(name = "verification_line")
public class VerificationLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "verification_id")
    public Verification verification;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    /** Why the school is in the verification: TRIENNIAL, ENROLLMENT_CHANGED or NAMED. */
    @Column(nullable = false)
    public String selection;

    @Column(name = "enrollment_revision", nullable = false)
    public int enrollmentRevision;

    @Column(name = "total_students", nullable = false)
    public int totalStudents;

    /** Students at the previous verification of the school, for ANNUAL selection; null if never verified. */
    @Column(name = "basis_students")
    public Integer basisStudents;

    /** The per-stage computation (JSON list of StageRequirement). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String stages;

    @Column(nullable = false)
    public BigDecimal exact;

    @Column(nullable = false)
    public int required;

    @Column(name = "floor_minimum", nullable = false)
    public int floorMinimum;

    @Column(name = "current_quota", nullable = false)
    public int current;

    @Column(nullable = false)
    public int proposed;

    @Column(nullable = false)
    public int delta;

    @Column(nullable = false)
    public String rule;
}
