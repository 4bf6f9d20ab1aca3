package org.county.staffing.contracts.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * A community activity was recorded: {@code rotation.activity.recorded.v1}, subject the community id.
 * {@code kind}: TEACHING_RESEARCH, LECTURE, LESSON_SENT or TRAINING.
 */
public record ActivityRecorded(
        UUID activityId,
        UUID communityId,
        String kind,
        LocalDate date,
        List<String> schoolIds,
        int participants) {

    public static final EventType<ActivityRecorded> TYPE = EventType.of("rotation.activity.recorded.v1", ActivityRecorded.class);
}
