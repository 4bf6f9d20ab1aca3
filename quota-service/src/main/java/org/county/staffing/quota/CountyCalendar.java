package org.county.staffing.quota;

import org.county.staffing.quota.config.QuotaConfig;
import org.county.staffing.backbone.time.PlatformClock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;

/** Today in the county's time zone: the standards in force, secondments past their end. */
@ApplicationScoped
public class CountyCalendar {

    @Inject
    QuotaConfig config;

    @Inject
    PlatformClock clock;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.now(), config.timeZone());
    }

    /** Rule DATE_FORMAT: an ISO-8601 date such as 2026-09-01. */
    public static LocalDate parseDate(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw RuleViolation.badRequest("DATE_FORMAT", field, new Reason(
                    "'" + text + "' is not an ISO-8601 date such as 2026-09-01",
                    "'" + text + "' 不是 ISO-8601 日期（例如 2026-09-01）"));
        }
    }
}
