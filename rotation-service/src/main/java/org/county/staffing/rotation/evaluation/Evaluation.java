package org.county.staffing.rotation.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.county.staffing.rotation.planner.model.Grade;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a teacher's evaluation (考評) for a school year; corrections add versions. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Grade grade;

    @Column(nullable = false)
    public BigDecimal score;

    public String comment;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
