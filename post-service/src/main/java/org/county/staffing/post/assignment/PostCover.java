package org.county.staffing.post.assignment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A temporary or part-time assignment of the education bureau (support teaching, shadowing,
 * itinerant teaching): the teacher keeps the home post, and the host post (or, without one, the
 * host school) is covered by {@code share} of a post until the assignment ends.
 */
@Entity
@Table(name = "post_cover")
public class PostCover extends PanacheEntityBase {

    @Id
    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

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

    /** The part of a full post the assignment covers, as recruitment decided it (TeacherAssigned.postShare). */
    @Column(nullable = false)
    public double share;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "return_date", nullable = false)
    public LocalDate returnDate;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    public String outcome;

    public boolean active() {
        return endedOn == null;
    }
}
