package org.county.staffing.quota.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A teacher's temporary or part-time assignment at a host school (支教, 跟岗研修, 走教), as
 * recruitment-service announced it. The teacher keeps the home post and quota (the post is
 * reserved, not vacant); the host's shortage is covered by the assignment.
 */
@Entity
@Table(name = "known_assignment")
public class KnownAssignment extends PanacheEntityBase {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "county_id")
    public String countyId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    /** SUPPORT_TEACHING, SHADOWING or ITINERANT. */
    @Column(nullable = false)
    public String form;

    @Column(name = "home_post_id", nullable = false)
    public UUID homePostId;

    @Column(name = "home_school_id", nullable = false)
    public String homeSchoolId;

    @Column(name = "host_school_id", nullable = false)
    public String hostSchoolId;

    @Column(name = "host_post_id")
    public UUID hostPostId;

    /** Hours per week of a part-time (itinerant) assignment; null for a full-time one. */
    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;

    @Column(name = "full_post_hours", nullable = false)
    public int fullPostHours;

    /** The share of one host post it covers, as recruitment decided it (1 full-time, hours over a full post's hours part-time). */
    @Column(name = "post_share", nullable = false, precision = 6, scale = 4)
    public BigDecimal postShare;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "return_date", nullable = false)
    public LocalDate returnDate;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** RETURNED, CONVERTED or TEACHER_LEFT once ended. */
    @Column
    public String outcome;
}
