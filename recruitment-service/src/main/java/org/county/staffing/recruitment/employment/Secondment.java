package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A teacher lent to another institution (抽調借用) while keeping post and quota at the school.
 * Without an approval reference it is irregular: the staffing office's inspections look for these.
 */
@Entity
@Table(name = "secondment")
public class Secondment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Column(name = "appointment_id", nullable = false)
    public UUID appointmentId;

    @Column(name = "school_id", nullable = false)
    public String schoolId;

    @Column(name = "post_id", nullable = false)
    public UUID postId;

    @Column(name = "receiving_institution", nullable = false)
    public String receivingInstitution;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(nullable = false)
    public LocalDate until;

    @Column(name = "approval_reference")
    public String approvalReference;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Secondment activeOf(UUID teacherId) {
        return find("teacherId = ?1 and endedOn is null", teacherId).firstResult();
    }
}
