package org.county.staffing.rotation.round;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.county.staffing.rotation.planner.model.RotationForm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One move of a round: planned, then started when the annual plan carries it out, then returned. */
@Entity
@Table(name = "round_move")
public class RoundMove extends PanacheEntityBase {

    public static final String PLANNED = "PLANNED";
    public static final String STARTED = "STARTED";
    public static final String RETURNED = "RETURNED";
    public static final String DROPPED = "DROPPED";

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(nullable = false)
    public int ordinal;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Column(name = "from_school_id", nullable = false)
    public String fromSchoolId;

    @Column(name = "from_post_id")
    public UUID fromPostId;

    @Column(name = "to_school_id", nullable = false)
    public String toSchoolId;

    @Column(name = "to_post_id")
    public UUID toPostId;

    @Column(nullable = false)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RotationForm form;

    @Column(name = "term_years", nullable = false)
    public int termYears;

    @Column(name = "return_date")
    public LocalDate returnDate;

    @Column(name = "paired_with")
    public UUID pairedWith;

    /** Comma-separated direction rules. */
    @Column(nullable = false)
    public String directions;

    @Column(name = "vacancy_number", nullable = false)
    public int vacancyNumber;

    @Column(name = "cost_priority", nullable = false)
    public long costPriority;

    @Column(name = "cost_travel", nullable = false)
    public long costTravel;

    @Column(name = "cost_backbone", nullable = false)
    public long costBackbone;

    @Column(name = "cost_coverage", nullable = false)
    public long costCoverage;

    @Column(name = "cost_total", nullable = false)
    public long costTotal;

    @Column(name = "travel_km", nullable = false)
    public int travelKm;

    /** JSON list of explanations. */
    @Column(nullable = false)
    public String reasons;

    @Column(nullable = false)
    public String status;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "returned_on")
    public LocalDate returnedOn;
}
