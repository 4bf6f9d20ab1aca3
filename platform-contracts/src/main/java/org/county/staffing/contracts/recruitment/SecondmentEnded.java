package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * A secondment ended: {@code recruitment.secondment.ended.v1}, subject the teacher id.
 */
public record SecondmentEnded(
        UUID secondmentId,
        UUID teacherId,
        String schoolId,
        LocalDate endedOn) {

    public static final EventType<SecondmentEnded> TYPE = EventType.of("recruitment.secondment.ended.v1", SecondmentEnded.class);
}
