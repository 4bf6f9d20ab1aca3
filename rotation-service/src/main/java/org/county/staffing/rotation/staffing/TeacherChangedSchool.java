package org.county.staffing.rotation.staffing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired (synchronously, inside the inbox's transaction) when the teachers read model learns of a
 * transfer, so that the rounds can match it to a rotation without this package knowing about rounds.
 */
public record TeacherChangedSchool(KnownTeacher teacher, String fromSchoolId, UUID moveId, LocalDate effectiveFrom) {
}
