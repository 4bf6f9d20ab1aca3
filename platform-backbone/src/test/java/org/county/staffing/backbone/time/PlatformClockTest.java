package org.county.staffing.backbone.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PlatformClockTest {

    @Test
    void datesAreTheCountysDatesWhileInstantsAreZoneFree() {
        // 23:30 UTC on 31 August is already 1 September in the county: a new school year
        PlatformClock clock = PlatformClock.fixedAt(Instant.parse("2027-08-31T23:30:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(clock.now()).isEqualTo(Instant.parse("2027-08-31T23:30:00Z"));
        assertThat(clock.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.now(clock.clock())).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    void configurationPinsTheClockToAnInstantOrADate() {
        PlatformClock byInstant = new PlatformClock("Asia/Shanghai", Optional.of("2027-08-15T02:00:00Z"));
        assertThat(byInstant.now()).isEqualTo(Instant.parse("2027-08-15T02:00:00Z"));
        PlatformClock byDate = new PlatformClock("Asia/Shanghai", Optional.of("2027-08-15"));
        assertThat(byDate.today()).isEqualTo(LocalDate.of(2027, 8, 15));
        assertThat(LocalDate.ofInstant(byDate.now(), ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2027, 8, 15));
        PlatformClock inUtc = new PlatformClock("UTC", Optional.of("2027-08-15"));
        assertThat(inUtc.today()).isEqualTo(LocalDate.of(2027, 8, 15));
        assertThatThrownBy(() -> new PlatformClock("Asia/Shanghai", Optional.of("15/08/2027")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platform.clock.fixed");
    }

    @Test
    void withoutConfigurationTheClockRunsAndTestsCanStopAndRestartIt() {
        PlatformClock clock = new PlatformClock("Asia/Shanghai", Optional.empty());
        Instant before = Instant.ofEpochMilli(System.currentTimeMillis());
        assertThat(clock.now()).isAfterOrEqualTo(before);

        clock.useFixed(LocalDate.of(2030, 2, 28));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2030, 2, 28));
        clock.useFixed(Instant.parse("2030-03-01T00:00:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(clock.now()).isEqualTo(Instant.parse("2030-03-01T00:00:00Z"));

        clock.useSystem();
        assertThat(clock.now()).isAfterOrEqualTo(before);
    }
}
