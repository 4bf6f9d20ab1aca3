package org.county.staffing.quota.usage;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A teacher's appointment to a post at a school, as recruitment-service announced it (read model). */
@Entity
@Table(name = "known_appointment")
public class KnownAppointment extends PanacheEntityBase {

    @Id
    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "county_id")
    public String countyId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Column(name = "post_id", nullable = false)
    public UUID postId;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Column
    public String category;

    @Column
    public String subject;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column
    public String source;

    /** Null while the appointment lasts. */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "end_reason")
    public String endReason;
}
