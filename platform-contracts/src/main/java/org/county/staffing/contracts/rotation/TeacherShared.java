package org.county.staffing.contracts.rotation;

import java.time.LocalDate;
import java.util.UUID;

import org.county.staffing.contracts.EventType;

/**
 * Within a development community, a teacher of a surplus subject was assigned to teach part-time at a
 * member school (共享教师: 任课、兼课、走教): {@code rotation.teacher.shared.v1}, subject the community id.
 * The teacher keeps the home post; {@code hoursPerWeek} count towards the host's shortage in
 * {@code subject} from {@code startsOn} to {@code endsOn} (inclusive).
 */
public record TeacherShared(
        UUID sharingId,
        UUID communityId,
        String countyId,
        UUID teacherId,
        String homeSchoolId,
        String hostSchoolId,
        String subject,
        int hoursPerWeek,
        LocalDate startsOn,
        LocalDate endsOn) {

    public static final EventType<TeacherShared> TYPE = EventType.of("rotation.teacher.shared.v1", TeacherShared.class);
}
