package org.county.staffing.quota;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.county.staffing.quota.school.Stage;

import io.quarkus.runtime.StartupEvent;

/** A misspelt stage or a non-positive figure in the policy configuration stops the service at start, not a request later. */
@ApplicationScoped
public class QuotaConfigCheck {

    @Inject
    QuotaConfig config;

    void check(@Observes StartupEvent startup) {
        stages("quota.standards.students-per-staff", config.standards().studentsPerStaff());
        stages("quota.small-school.staff-per-class", config.smallSchool().staffPerClass());
        BigDecimal threshold = config.verification().annualChangeThreshold();
        if (threshold.signum() < 0) {
            throw new IllegalStateException("quota.verification.annual-change-threshold must be 0 or more, not " + threshold);
        }
        BigDecimal share = config.inspection().minTeachingPostShare();
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalStateException("quota.inspection.min-teaching-post-share is a share between 0 and 1, not " + share);
        }
        if (config.verification().triennialCycleYears() < 1) {
            throw new IllegalStateException("quota.verification.triennial-cycle-years must be at least 1");
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
