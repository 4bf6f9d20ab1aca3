package org.county.staffing.quota.standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.county.staffing.quota.school.Stage;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A version of a stage's standard. Version 0 is the configured default (source CONFIGURATION);
 * the county's own versions count from 1 (source COUNTY).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StandardVersion(Stage stage, int version, BigDecimal studentsPerStaff, LocalDate effectiveFrom,
                              String source, String reason, String setBy, OffsetDateTime setAt) {

    public static final String CONFIGURATION = "CONFIGURATION";
    public static final String COUNTY = "COUNTY";

    static StandardVersion of(StaffingStandard s) {
        return new StandardVersion(s.stage, s.version, s.studentsPerStaff, s.effectiveFrom, COUNTY, s.reason, s.setBy, s.setAt);
    }
}
