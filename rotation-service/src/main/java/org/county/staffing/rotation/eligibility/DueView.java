package org.county.staffing.rotation.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The due list of a school year: who reaches the years, who of them is due and who is exempt, and why. */
public record DueView(String schoolYear, int dueYears, int reached, int due, int exempt, int target,
                      List<Line> teachers) {

    public record Line(UUID teacherId, String name, String schoolId, String subject, LocalDate atSchoolSince,
                       int yearsAtSchool, String status, List<Eligibility.Exemption> exemptions) {
    }
}
