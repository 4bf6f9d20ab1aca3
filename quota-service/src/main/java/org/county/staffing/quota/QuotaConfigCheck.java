package org.county.staffing.quota;

import org.county.staffing.quota.config.QuotaConfig;
import java.math.BigDecimal;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.county.staffing.quota.school.Location;
import org.county.staffing.quota.school.Stage;
import org.county.staffing.quota.standard.Rounding;

import io.quarkus.runtime.StartupEvent;

/** A misspelt stage or a non-positive figure in the policy configuration stops the service at start, not a request later. */
@ApplicationScoped
public class QuotaConfigCheck {

    @Inject
    QuotaConfig config;

    void check(@Observes StartupEvent startup) {
        stages("quota.standards.students-per-staff", config.standards().studentsPerStaff());
        stages("quota.small-school.staff-per-class", config.smallSchool().staffPerClass());
        constant("quota.standards.rounding", Rounding.class, config.standards().rounding());
        config.smallSchool().locations().forEach(location -> constant("quota.small-school.locations", Location.class, location));
        BigDecimal threshold = config.verification().annualChangeThreshold();
        if (threshold.signum() < 0) {
            throw new IllegalStateException("quota.verification.annual-change-threshold must be 0 or more, not " + threshold);
        }
        BigDecimal share = config.inspection().minTeachingPostShare();
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalStateException("quota.inspection.min-teaching-post-share is a share between 0 and 1, not " + share);
        }
        if (config.inspection().rectificationDays() < 1) {
            throw new IllegalStateException("quota.inspection.rectification-days must be at least 1");
        }
        if (config.verification().triennialCycleYears() < 1) {
            throw new IllegalStateException("quota.verification.triennial-cycle-years must be at least 1");
        }
    }

    private static <E extends Enum<E>> void constant(String key, Class<E> type, String value) {
        try {
            Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + ": " + value + " is not one of " + java.util.List.of(type.getEnumConstants()), e);
        }
    }

    private static void stages(String key, Map<String, BigDecimal> figures) {
        figures.forEach((stage, figure) -> {
            try {
                Stage.valueOf(stage);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(key + "." + stage + ": " + stage + " is not a stage", e);
            }
            if (figure.signum() <= 0) {
                throw new IllegalStateException(key + "." + stage + " must be positive, not " + figure);
            }
        });
    }
}
