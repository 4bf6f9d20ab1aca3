package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.UUID;

/** Payloads of the secondment events. */
public final class SecondmentEvents {

    private SecondmentEvents() {
    }

    /** {@code recruitment.teacher.seconded.v1}. */
    public record Seconded(UUID secondmentId, UUID teacherId, String schoolId, UUID postId, String receivingInstitution,
                           LocalDate from, LocalDate until, String approvalReference) {
    }

    /** {@code recruitment.secondment.ended.v1}. */
    public record Ended(UUID secondmentId, UUID teacherId, String schoolId, LocalDate endedOn) {
    }
}
