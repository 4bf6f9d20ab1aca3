package org.county.staffing.rotation.community;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A teacher of the community teaching part-time at a member school for a term; the home post is kept. */
@Entity
@Table(name = "teacher_sharing")
public class TeacherSharing extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "community_id", nullable = false)
    public UUID communityId;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Column(name = "home_school_id", nullable = false)
    public String homeSchoolId;

    @Column(name = "host_school_id", nullable = false)
    public String hostSchoolId;

    @Column(nullable = false)
    public String subject;

    @Column(name = "hours_per_week", nullable = false)
    public int hoursPerWeek;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "assigned_at", nullable = false)
    public OffsetDateTime assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;
}
