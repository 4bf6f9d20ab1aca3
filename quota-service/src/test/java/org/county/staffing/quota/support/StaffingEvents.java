package org.county.staffing.quota.support;

import static org.county.staffing.quota.support.Quota.send;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.post.PostEstablished;
import org.county.staffing.contracts.recruitment.TeacherAppointed;
import org.county.staffing.contracts.recruitment.TeacherRegistered;
import org.county.staffing.contracts.recruitment.TeacherSeconded;
import org.county.staffing.contracts.recruitment.TeacherUpdated;

/** post-service's and recruitment-service's events, written through their contracts, as the usage read model learns them. */
public final class StaffingEvents {

    private StaffingEvents() {
    }

    public static void postEstablished(String county, UUID postId, String school, String category, String subject) {
        send(PostEstablished.TYPE, postId.toString(), county,
                new PostEstablished(postId, school, county, category, subject, "SECOND", "VACANT", null, null));
    }

    /** A teacher's profile as recruitment-service announces it, with the given status. */
    public static TeacherUpdated profile(UUID teacher, String county, String status) {
        return new TeacherUpdated(teacher, county, "教师", "F", LocalDate.of(1985, 3, 1), "3706**********0021",
                List.of("CHINESE"), "SECOND_LEVEL", "TEACHING", LocalDate.of(2008, 9, 1), status, false, false, null);
    }

    /** Registers an active teacher and appoints them to the post; returns the appointment id. */
    public static UUID appoint(String county, UUID teacher, UUID postId, String school, LocalDate from) {
        UUID appointment = UUID.randomUUID();
        TeacherUpdated p = profile(teacher, county, "ACTIVE");
        send(TeacherRegistered.TYPE, teacher.toString(), county, new TeacherRegistered(p.teacherId(), p.countyId(), p.name(),
                p.gender(), p.birthDate(), p.idNumberMasked(), p.subjects(), p.title(), p.category(), p.firstHireDate(), p.status(),
                p.backbone(), p.young(), null));
        send(TeacherAppointed.TYPE, teacher.toString(), county,
                new TeacherAppointed(teacher, appointment, postId, school, "TEACHING", "CHINESE", from, "DIRECT", null));
        return appointment;
    }

    /** A secondment away from the school without an approval reference. */
    public static UUID secondedWithoutApproval(String county, UUID teacher, String school, UUID postId, LocalDate from,
                                               LocalDate until) {
        UUID secondment = UUID.randomUUID();
        send(TeacherSeconded.TYPE, teacher.toString(), county,
                new TeacherSeconded(secondment, teacher, school, postId, "市招商局", from, until, null));
        return secondment;
    }
}
