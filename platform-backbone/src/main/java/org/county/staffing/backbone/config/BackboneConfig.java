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
    }
}
