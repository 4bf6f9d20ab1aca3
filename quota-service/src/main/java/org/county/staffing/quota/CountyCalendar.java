package org.county.staffing.quota;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.quota.config.QuotaConfig;

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
}
