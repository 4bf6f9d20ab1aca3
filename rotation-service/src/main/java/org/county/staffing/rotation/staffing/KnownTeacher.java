package org.county.staffing.rotation.staffing;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A teacher as recruitment-service announced them: record, current appointment, secondment (read model). */
@Entity
@Table(name = "known_teacher")
public class KnownTeacher extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    public String name;

    /** MALE or FEMALE. */
    public String gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** The first of the teacher's subjects. */
    @Column(name = "main_subject")
    public String mainSubject;

    /** All subjects, comma-separated, main first. */
    public String subjects;

    public String title;

    @Column(name = "first_hire_date")
    public LocalDate firstHireDate;

    /** ACTIVE, SECONDED, ON_LEAVE, RETIRED or LEFT. */
    @Column(nullable = false)
    public String status;

    public boolean backbone;

    public boolean young;

    @Column(name = "school_id")
    public String schoolId;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    /** Since when the teacher works at the current school (the appointment's effective date). */
    @Column(name = "at_school_since")
    public LocalDate atSchoolSince;

    @Column(name = "seconded_until")
    public LocalDate secondedUntil;

    /** Appointed at a school and neither retired nor gone. */
    public boolean inService() {
        return schoolId != null && !"LEFT".equals(status) && !"RETIRED".equals(status);
    }
}
