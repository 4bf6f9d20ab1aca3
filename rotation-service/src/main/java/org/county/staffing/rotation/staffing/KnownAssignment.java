package org.county.staffing.rotation.staffing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A temporary or part-time assignment as recruitment-service carried it out (read model): the teacher keeps
 * the home post and covers {@code postShare} of a post in {@code subject} at the host school until it ends.
 */
@Entity
@Table(name = "known_assignment")
public class KnownAssignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id")
    public String countyId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Column(nullable = false)
    public String form;

    @Column(name = "home_school_id", nullable = false)
    public String homeSchoolId;

    @Column(name = "host_school_id", nullable = false)
    public String hostSchoolId;

    @Column(name = "host_post_id")
    public UUID hostPostId;

    public String subject;

    @Column(name = "post_share", nullable = false)
    public BigDecimal postShare;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "return_date")
    public LocalDate returnDate;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    /** The last day the assignment covers the host: its end, else its planned return, else open. */
    public LocalDate coversUntil() {
        return endedOn != null ? endedOn : returnDate;
    }
}
