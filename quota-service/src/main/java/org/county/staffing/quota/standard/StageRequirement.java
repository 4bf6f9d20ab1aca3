package org.county.staffing.quota.standard;

import java.math.BigDecimal;

import org.county.staffing.quota.school.Stage;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One stage of a school's requirement: students divided by the standard, the class floor when it
 * applies, and the larger of the two ({@code exact}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StageRequirement(
        Stage stage,
        int students,
        Integer classes,
        BigDecimal studentsPerStaff,
        BigDecimal byRatio,
        BigDecimal floor,
        boolean floorApplied,
        BigDecimal exact) {
}
