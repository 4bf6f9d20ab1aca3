package org.county.staffing.backbone.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's one source of "now" and "today". Services inject it instead of calling
 * {@code LocalDate.now()} or {@code Instant.now()}, so that a test (or a demo replaying a school
 * year) can pin the date.
 *
 * <p>Dates are the county's dates ({@code platform.clock.zone}, Asia/Shanghai by default: a
 * decision taken at 07:00 in the county is dated that day, not the day before in UTC); instants
 * are zone-free. {@code platform.clock.fixed} pins the clock to an ISO instant
 * ({@code 2027-08-15T02:00:00Z}) or a date ({@code 2027-08-15}, read as noon of that day in the
 * zone, so the UTC date is the same day too).
 */
@ApplicationScoped
public class PlatformClock {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    private final ZoneId zone;
    private volatile Clock clock;

    @Inject
    public PlatformClock(@ConfigProperty(name = "platform.clock.zone", defaultValue = DEFAULT_ZONE) String zone,
                         @ConfigProperty(name = "platform.clock.fixed") Optional<String> fixed) {
        this.zone = ZoneId.of(zone);
        this.clock = fixed.filter(s -> !s.isBlank())
                .map(s -> Clock.fixed(parseFixed(s.trim(), this.zone), ZoneOffset.UTC))
                .orElseGet(Clock::systemUTC);
    }

    /** A clock for plain Java code and tests: the given instants (UTC based) and dates in {@code zone}. */
    public PlatformClock(Clock clock, ZoneId zone) {
        this.zone = zone;
        this.clock = clock.withZone(ZoneOffset.UTC);
    }

    /** The system clock, dates in the county's default zone. */
    public static PlatformClock system() {
        return new PlatformClock(Clock.systemUTC(), ZoneId.of(DEFAULT_ZONE));
    }

    /** A clock standing still at {@code instant}, dates in the county's default zone. */
    public static PlatformClock fixedAt(Instant instant) {
        return new PlatformClock(Clock.fixed(instant, ZoneOffset.UTC), ZoneId.of(DEFAULT_ZONE));
    }

    /** A clock standing still at noon of {@code date} in the county's default zone. */
    public static PlatformClock fixedOn(LocalDate date) {
        ZoneId zone = ZoneId.of(DEFAULT_ZONE);
        return new PlatformClock(Clock.fixed(noon(date, zone), ZoneOffset.UTC), zone);
    }

    /** The county's date now. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The current instant (store and publish instants; show dates with {@link #today()}). */
    public Instant now() {
        return clock.instant();
    }

    /** The zone dates are taken in. */
    public ZoneId zone() {
        return zone;
    }

    /** The clock itself, in {@link #zone()}, for APIs that take a {@link Clock}. */
    public Clock clock() {
        return clock.withZone(zone);
    }

    /** Test hook: stop the clock at {@code instant} (for every bean that injected this clock). */
    public void useFixed(Instant instant) {
        this.clock = Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** Test hook: stop the clock at noon of {@code date} in {@link #zone()}. */
    public void useFixed(LocalDate date) {
        useFixed(noon(date, zone));
    }

    /** Test hook: let the clock run with the system's time again. */
    public void useSystem() {
        this.clock = Clock.systemUTC();
    }

    static Instant parseFixed(String text, ZoneId zone) {
        try {
            if (text.length() == 10) {
                return noon(LocalDate.parse(text), zone);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("platform.clock.fixed must be an ISO instant (2027-08-15T02:00:00Z)"
                    + " or an ISO date (2027-08-15), not '" + text + "'", e);
        }
    }

    private static Instant noon(LocalDate date, ZoneId zone) {
        return date.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }
}
