package org.county.staffing.rotation.staffing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.county.staffing.contracts.recruitment.AssignmentEnded;
import org.county.staffing.contracts.recruitment.TeacherAssigned;

/**
 * The host schools' cover by assignments recruitment-service carried out (support teaching, shadowing,
 * itinerant teaching), kept from its events so that a round counts it like community shared teachers.
 */
@ApplicationScoped
public class AssignmentCoverService {

    /** The shares of posts covered by assignments at each host school and subject over a period. */
    public record Cover(Map<String, BigDecimal> sharesBySchoolSubject, Set<String> coveredPostIds) {

        public BigDecimal share(String schoolId, String subject) {
            return sharesBySchoolSubject.getOrDefault(schoolId + "|" + subject, BigDecimal.ZERO);
        }
    }

    /** Records an assignment once (a redelivered event changes nothing). */
    @Transactional
    public void assigned(TeacherAssigned assigned) {
        if (KnownAssignment.findById(assigned.assignmentId()) != null) {
            return;
        }
        KnownAssignment a = new KnownAssignment();
        a.id = assigned.assignmentId();
        a.teacherId = assigned.teacherId();
        a.form = assigned.form();
        a.homeSchoolId = assigned.homeSchoolId();
        a.hostSchoolId = assigned.hostSchoolId();
        a.hostPostId = assigned.hostPostId();
        KnownSchool host = KnownSchool.findById(assigned.hostSchoolId());
        a.countyId = host == null ? null : host.countyId;
        KnownPost post = assigned.hostPostId() == null ? null : KnownPost.findById(assigned.hostPostId());
        KnownTeacher teacher = KnownTeacher.findById(assigned.teacherId());
        a.subject = post != null && post.subject != null ? post.subject : teacher == null ? null : teacher.mainSubject;
        // the share is recruitment's to decide (a whole post full-time, hours over its full post itinerant)
        a.postShare = assigned.postShare();
        a.startsOn = assigned.startsOn();
        a.returnDate = assigned.returnDate();
        a.persist();
    }

    /** The assignment ended (back home, converted into a transfer, or the teacher left): it covers no more. */
    @Transactional
    public void ended(AssignmentEnded ended) {
        KnownAssignment a = KnownAssignment.findById(ended.assignmentId());
        if (a != null && a.endedOn == null) {
            a.endedOn = ended.endedOn();
        }
    }

    /** The cover of the county's host schools by assignments that run at some time between {@code from} and {@code to}. */
    public Cover cover(String countyId, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> shares = new HashMap<>();
        Set<String> posts = new HashSet<>();
        for (KnownAssignment a : KnownAssignment.<KnownAssignment>list("""
                countyId = ?1 and subject is not null and startsOn <= ?3
                and (endedOn is null or endedOn >= ?2) and (returnDate is null or returnDate >= ?2)""", countyId, from, to)) {
            shares.merge(a.hostSchoolId + "|" + a.subject, a.postShare, BigDecimal::add);
            if (a.hostPostId != null) {
                posts.add(a.hostPostId.toString());
            }
        }
        return new Cover(shares, posts);
    }
}
