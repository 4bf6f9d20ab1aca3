package org.county.staffing.recruitment.config;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The current date in the county's calendar and the current instant, from one clock. */
@ApplicationScoped
public class Today {

    @Inject
    RecruitmentConfig config;

    Clock clock = Clock.systemUTC();

    public LocalDate date() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
