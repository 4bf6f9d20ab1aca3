package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.backbone.contract.PostCategory;

/** Payloads of the appointment events. */
public final class EmploymentEvents {

    private EmploymentEvents() {
    }

    /** {@code recruitment.teacher.appointed.v1}. */
    public record Appointed(UUID teacherId, UUID appointmentId, UUID postId, String schoolId, PostCategory category,
                            String subject, LocalDate effectiveFrom, AppointmentSource source, UUID campaignId) {
    }

    /** {@code recruitment.teacher.transferred.v1}; {@code campaignId} is added for moves won in an INTERNAL campaign. */
    public record Transferred(UUID teacherId, UUID fromAppointmentId, UUID fromPostId, String fromSchoolId,
                              UUID toAppointmentId, UUID toPostId, String toSchoolId, PostCategory category, String subject,
                              LocalDate effectiveFrom, UUID planId, UUID moveId, UUID roundId, String form,
                              LocalDate returnDate, UUID campaignId) {
    }

    /** {@code recruitment.teacher.left.v1}. */
    public record Left(UUID teacherId, UUID appointmentId, UUID postId, String schoolId, LeavingReason reason,
                       LocalDate effectiveFrom) {
    }
}
