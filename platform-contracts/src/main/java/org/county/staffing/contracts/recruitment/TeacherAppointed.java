package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;
import org.county.staffing.contracts.Nullable;

/**
 * A teacher was appointed to a post: {@code recruitment.teacher.appointed.v1}, subject the teacher id.
 * {@code source}: DIRECT, OPEN_CAMPAIGN, INTERNAL_CAMPAIGN, IMPORT (or TRANSFER).
 */
public record TeacherAppointed(
        UUID teacherId,
        UUID appointmentId,
        UUID postId,
        String schoolId,
        String category,
        @Nullable String subject,
        LocalDate effectiveFrom,
        String source,
        @Nullable UUID campaignId) {

    public static final EventType<TeacherAppointed> TYPE = EventType.of("recruitment.teacher.appointed.v1", TeacherAppointed.class);
}
