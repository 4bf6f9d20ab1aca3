package org.county.staffing.contracts.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What {@link TeacherRegistered} and {@link TeacherUpdated} both carry, so that a consumer keeping
 * a copy of the teacher handles both alike.
 */
public interface TeacherProfile {

    UUID teacherId();

    String countyId();

    String name();

    String gender();

    LocalDate birthDate();

    String idNumberMasked();

    List<String> subjects();

    String title();

    String category();

    LocalDate firstHireDate();

    String status();

    boolean backbone();

    boolean young();

    /** The school of the teacher's active appointment; null when none. */
    String schoolId();
}
