package org.county.staffing.rotation.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Policy parameters the seed leaves open, under {@code rotation.*}; see README for why each default. */
@ConfigMapping(prefix = "rotation")
public interface RotationConfig {

    /** The share of due teachers a round moves (seed: 15%). */
    @WithDefault("0.15")
    BigDecimal share();

    Eligibility eligibility();

    Sharing sharing();

    /** Shared teachers of development communities (共享教师). */
    interface Sharing {
        /** Teaching hours a week of a full post: shared hours cover floor(hours / this) vacant posts at the host. */
        @WithDefault("16")
        int fullPostHours();

        /** The most hours a week one teacher teaches at member schools in a term, all sharings together. */
        @WithDefault("12")
        int maxHoursPerWeek();
    }

    interface Eligibility {
        /** Consecutive years at one school after which a teacher is due (common practice: 6). */
        @WithDefault("6")
        int dueYears();

        @WithDefault("60")
        int retirementAgeMale();

        @WithDefault("55")
        int retirementAgeFemale();

        /** Teachers this close to retirement are exempt. */
        @WithDefault("3")
        int nearRetirementYears();

        /** Teachers within this many years of their first hire are on probation and exempt. */
        @WithDefault("1")
        int probationYears();

        /** Teachers who started a rotation within this many years are exempt. */
        @WithDefault("3")
        int recentlyRotatedYears();

        /** Teachers whose latest evaluation is UNQUALIFIED are not rotated. */
        @WithDefault("true")
        boolean exemptUnqualified();
    }
}
