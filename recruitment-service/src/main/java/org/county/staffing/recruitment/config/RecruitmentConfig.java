package org.county.staffing.recruitment.config;

import java.time.Duration;
import java.time.MonthDay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The education bureau's policy parameters, under {@code recruitment.*}; defaults are the seed's or common practice. */
@ConfigMapping(prefix = "recruitment")
public interface RecruitmentConfig {

    IdNumber idNumber();

    Teacher teacher();

    Importing importing();

    Contract contract();

    Campaign campaign();

    Secondment secondment();

    Plan plan();

    Itinerant itinerant();

    Assignment assignment();

    Competition competition();

    interface IdNumber {
        /** Base64 key of the HMAC-SHA256 that identifies a person without storing the number (at least 32 bytes). */
        String hmacKey();

        /** Base64 AES-256 key (32 bytes) of the recoverable AES-GCM copy, kept for re-keying the hash. */
        String encryptionKey();
    }

    interface Teacher {
        /** A teacher younger than this (in whole years) is a young teacher (青年教師). */
        @WithDefault("35")
        int youngUnderAge();
    }

    interface Importing {
        /** Rows of one CSV file; a county's onboarding is split into files of at most this many. */
        @WithDefault("5000")
        int maxRows();
    }

    interface Contract {
        /** The term of the fixed-term contract signed with each appointment when none is given (聘期). */
        @WithDefault("3")
        int defaultTermYears();

        /** The window of {@code GET /contracts} when {@code expiringWithinDays} is not given. */
        @WithDefault("90")
        int expiringWithinDaysDefault();
    }

    interface Campaign {
        /** Weight of the written examination in the total score, in percent. */
        @WithDefault("50")
        int writtenWeight();

        /** Weight of the interview in the total score, in percent. */
        @WithDefault("50")
        int interviewWeight();

        /** The highest written or interview score. */
        @WithDefault("100")
        int maxScore();
    }

    interface Secondment {
        /** The longest approved period of one secondment, in months. */
        @WithDefault("12")
        int maxMonths();
    }

    interface Plan {
        /** Submission deadline in the plan's first year: "each year before the end of July" (seed). */
        @WithDefault("--07-31")
        MonthDay submissionDeadline();

        /** A submitted version waiting longer than this on a decision is flagged overdue. */
        @WithDefault("P14D")
        Duration decisionOverdueAfter();

        /** How often the overdue check runs. */
        @WithDefault("1h")
        String overdueCheckEvery();

        /**
         * Whether an executed plan carries out each move by its form (assignments that keep the home
         * post, competitions as internal campaigns, paired exchanges checked as pairs). Off: every
         * move is a transfer (the behaviour before the forms were carried out).
         */
        @WithDefault("true")
        boolean carryOutForms();
    }

    interface Itinerant {
        /** Hours of teaching per week that cover one post: an itinerant teacher's hours count as hours / this of a post. */
        @WithDefault("16")
        int fullPostHours();

        /** The hours per week of an ITINERANT move whose plan item does not state them. */
        @WithDefault("8")
        int defaultHoursPerWeek();
    }

    interface Assignment {
        /** How often the step that brings teachers home at their return date runs. */
        @WithDefault("1h")
        String returnCheckEvery();
    }

    interface Competition {
        /** How long the internal campaign of a planned COMPETITION move takes applications. */
        @WithDefault("P14D")
        Duration openFor();
    }
}
