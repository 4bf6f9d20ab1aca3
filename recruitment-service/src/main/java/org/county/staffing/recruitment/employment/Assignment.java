package org.county.staffing.recruitment.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.county.staffing.contracts.recruitment.AssignmentEnded;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A teacher working at a host school for a term while keeping the home appointment (support
 * teaching, shadowing: full-time; itinerant: {@code hoursPerWeek}). The home post stays reserved;
 * the host post is covered until the return date.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "county_id", nullable = false)
    public String countyId;

    @Column(name = "teacher_id", nullable = false)
    public UUID teacherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentForm form;

    @Column(name = "home_appointment_id", nullable = false)
    public UUID homeAppointmentId;

    @Column(name = "home_post_id", nullable = false)
    public UUID homePostId;

    @Column(name = "home_school_id", nullable = false)
    public String homeSchoolId;

    @Column(name = "host_school_id", nullable = false)
    public String hostSchoolId;

    @Column(name = "host_post_id")
    public UUID hostPostId;

    /** Part-time (ITINERANT) only; a full-time assignment has none. */
    @Column(name = "hours_per_week")
    public Integer hoursPerWeek;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "return_date", nullable = false)
    public LocalDate returnDate;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    public AssignmentOutcome outcome;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "move_id")
    public UUID moveId;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    public long rowVersion;

    public boolean active() {
        return endedOn == null;
    }

    /** The share of one host post this assignment covers ({@link AssignmentRules#postShare}). */
    public BigDecimal postShare(int fullPostHours) {
        return AssignmentRules.postShare(form, hoursPerWeek, fullPostHours);
    }

    public static List<Assignment> activeOf(UUID teacherId) {
        return list("teacherId = ?1 and endedOn is null order by startsOn, id", teacherId);
    }

    public static List<Assignment> activeOnHostPost(UUID hostPostId) {
        return list("hostPostId = ?1 and endedOn is null", hostPostId);
    }

    /** The latest return date of the assignments running on a host post, null when none covers it. */
    public static LocalDate coveredUntil(UUID hostPostId) {
        return coveredUntilAmong(List.of(hostPostId)).get(hostPostId);
    }

    /** For each of {@code hostPostIds} that running assignments cover, their latest return date (one query). */
    public static Map<UUID, LocalDate> coveredUntilAmong(Collection<UUID> hostPostIds) {
        if (hostPostIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LocalDate> covered = new HashMap<>();
        getEntityManager().createQuery("select a.hostPostId, max(a.returnDate) from Assignment a"
                        + " where a.endedOn is null and a.hostPostId in :posts group by a.hostPostId", Object[].class)
                .setParameter("posts", hostPostIds).getResultStream()
                .forEach(r -> covered.put((UUID) r[0], (LocalDate) r[1]));
        return covered;
    }

    /** Ends the assignment on {@code on} and returns the event that announces it. */
    public AssignmentEnded end(LocalDate on, AssignmentOutcome how) {
        endedOn = on;
        outcome = how;
        return new AssignmentEnded(id, teacherId, form.name(), homePostId, homeSchoolId, hostSchoolId, hostPostId, on,
                how.name());
    }
}
