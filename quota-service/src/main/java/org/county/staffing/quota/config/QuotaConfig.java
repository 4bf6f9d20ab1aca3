package org.county.staffing.quota.config;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;


import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The staffing office's policy figures, under {@code quota.*}. Defaults are the seed document's
 * figures where it gives them and documented provincial practice where it does not (README.md).
 */
@ConfigMapping(prefix = "quota")
public interface QuotaConfig {

    /** The county's calendar: "today" for inspections and the standards in force. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    Pools pools();

    Standards standards();

    SmallSchool smallSchool();

    Verification verification();

    Inspection inspection();

    interface Pools {
        /** K-12 staffing quotas of a county (seed: 5,592). */
        @WithDefault("5592")
        int k12DefaultTotal();

        /** Kindergartens, vocational and special-education schools (seed: 1,086). */
        @WithDefault("1086")
        int otherDefaultTotal();

        /** Non-school institutions of the bureau; the seed gives no figure (assumption: 4 institutions of about 20). */
        @WithDefault("80")
        int institutionDefaultTotal();

        /**
         * The seed's county (莱州市, 370683), whose pools open with the configured totals. Every other
         * county's totals are its own: its pools open empty, and its staffing office sets them (a POOL
         * adjustment) or its first verification opens a pool at the quotas computed from its enrollment.
         * {@value #EVERY_COUNTY}: every county opens with the configured totals (an installation for one
         * county, or a test suite whose counties all stand in for the seed's).
         */
        @WithDefault("370683")
        String seedCounty();

        /** The {@link #seedCounty()} that makes every county open with the configured totals. */
        String EVERY_COUNTY = "*";
    }

    interface Standards {
        /**
         * Students per staff member by stage, used until a county records its own version.
         * SENIOR 12.5, JUNIOR 13.5, PRIMARY 19 are the seed's (national urban-rural standard); the
         * others are provincial-practice assumptions.
         */
        Map<String, BigDecimal> studentsPerStaff();

        /** From when the configured standards apply: the unified urban-rural standard (中央編辦發〔2014〕72號). */
        @WithDefault("2014-11-13")
        LocalDate effectiveFrom();

        /**
         * How a school's exact requirement becomes a whole quota: a constant of {@code standard.Rounding}
         * (a name here, so that configuration depends on no capability; checked at start).
         */
        @WithDefault("HALF_UP_OF_SCHOOL_SUM")
        String rounding();
    }

    interface SmallSchool {
        /** Where small schools get the class-based floor (鄉村小規模學校). */
        @WithDefault("RURAL")
        Set<String> locations();

        /** A stage is small below this many students (national definition of a small rural school: under 100). */
        @WithDefault("100")
        int studentLimit();

        /** Minimum staff per class of a small stage; a stage not listed has no floor. */
        Map<String, BigDecimal> staffPerClass();
    }

    interface Verification {
        /** A TRIENNIAL verification is done once per this many school years unless overridden (每三年核定一次). */
        @WithDefault("3")
        int triennialCycleYears();

        /** ANNUAL fine adjustment takes schools whose enrollment changed by more than this share (年度微調). */
        @WithDefault("0.10")
        BigDecimal annualChangeThreshold();
    }

    interface Inspection {
        /** Teaching posts should be at least this share of a K-12 school's posts (專業技術崗位為主體). */
        @WithDefault("0.90")
        BigDecimal minTeachingPostShare();

        /** Days a responsible department has to rectify a finding, unless the inspection sets its own. */
        @WithDefault("90")
        int rectificationDays();

        /** How often open findings are checked against their rectification deadlines. */
        @WithDefault("1h")
        String overdueCheckEvery();
    }
}
