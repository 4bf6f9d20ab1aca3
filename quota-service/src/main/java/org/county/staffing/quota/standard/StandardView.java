package org.county.staffing.quota.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.county.staffing.quota.school.Stage;

/** A stage's standard in force on {@code on}, with every version the county has. */
public record StandardView(Stage stage, BigDecimal studentsPerStaff, LocalDate effectiveFrom, int version, String source,
                           LocalDate on, List<StandardVersion> versions) {
}
