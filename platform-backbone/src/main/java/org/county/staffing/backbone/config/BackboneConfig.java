package org.county.staffing.backbone.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the event backbone, under {@code backbone.*}. */
@ConfigMapping(prefix = "backbone")
public interface BackboneConfig {

    /** The service's name, e.g. {@code quota-service}: the events' source and the consumer group. */
    String serviceName();

    /** The topic this service publishes to; by default {@code quota-service -> quota.events}. */
    Optional<String> topic();

    Outbox outbox();

    Inbox inbox();

    Retention retention();

    Tokens tokens();

    interface Outbox {
        /** Rows published per relay transaction. */
        @WithDefault("200")
        int batchSize();

        /** How often the relay looks for rows when nothing woke it. */
        @WithDefault("500ms")
        Duration pollInterval();

        /** The longest pause between attempts while the broker is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();

        /** How long one send may wait for the broker's acknowledgement. */
        @WithDefault("10s")
        Duration sendTimeout();

    }

    interface Inbox {
        /** Attempts of a failing handler before the event goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("200ms")
        Duration retryBackoff();

        /** How often the consumer group's lag is read from the broker for the metrics. */
        @WithDefault("5s")
        Duration lagInterval();
    }

    interface Retention {
        /** How long a published outbox row is kept (for inspection and replay by hand). */
        @WithDefault("P7D")
        Duration outbox();

        /**
         * How long a processed event id is kept; longer than the event topics' retention (14 days),
         * so no redelivery can arrive after its id is gone.
         */
        @WithDefault("P30D")
        Duration inbox();

        /** How often the pruning step runs; 0 turns it off. */
        @WithDefault("1h")
        Duration interval();

        /** Rows deleted per transaction. */
        @WithDefault("1000")
        int batchSize();
    }

    interface Tokens {
        /**
         * Verified access tokens remembered, each until its own expiry, so that a user's next request
         * skips the signature check; 0 verifies every request's token anew.
         */
        @WithDefault("10000")
        int cacheSize();
    }
}
