package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;

/** An appointment as the API shows it. */
public record AppointmentView(UUID appointmentId, UUID teacherId, UUID postId, String schoolId, PostCategory category,
                              String subject, AppointmentSource source, UUID campaignId, UUID planId,
                              LocalDate effectiveFrom, LocalDate endedOn, String endReason) {

    public static AppointmentView of(Appointment a) {
        return new AppointmentView(a.id, a.teacherId, a.postId, a.schoolId, a.category, a.subject, a.source, a.campaignId,
                a.planId, a.effectiveFrom, a.endedOn, a.endReason);
    }
}
