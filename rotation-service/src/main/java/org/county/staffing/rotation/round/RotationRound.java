package org.county.staffing.rotation.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A planned rotation round of a county's school year and where it stands in the annual plan. */
@Entity
@Table(name = "rotation_round")
public class RotationRound extends PanacheEntityBase {

    public static final String PLANNED = "PLANNED";
    public static final String PROPOSED = "PROPOSED";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String EXECUTED = "EXECUTED";

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Column(nullable = false)
    public BigDecimal share;

    /** The planner parameters as JSON. */
    @Column(nullable = false)
    public String parameters;

    @Column(nullable = false)
    public int due;

    @Column(nullable = false)
    public int target;

    @Column(nullable = false)
    public int moves;

    /** Vacant posts left unfilled. */
    @Column(nullable = false)
    public int unmet;

    @Column(nullable = false)
    public long objective;

    @Column(nullable = false)
    public int gap;

    /** JSON list of explanations. */
    @Column(name = "gap_reasons", nullable = false)
    public String gapReasons;

    /** JSON list of unmet shortages. */
    @Column(name = "unmet_detail", nullable = false)
    public String unmetDetail;

    @Column(nullable = false)
    public String status;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_version")
    public Integer planVersion;

    /** JSON list of the reasons of the latest rejection. */
    @Column(name = "plan_reasons")
    public String planReasons;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "proposed_at")
    public OffsetDateTime proposedAt;

    @Column(name = "executed_on")
    public LocalDate executedOn;

    @Version
    public int version;
}
