package org.county.staffing.backbone.inbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.county.staffing.backbone.config.BackboneConfig;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.contracts.MalformedPayloadException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Receives the events of the topics this service follows (channel {@code events}). An event no
 * handler wants is acknowledged and skipped. A record that is not a valid CloudEvent, or whose
 * handling keeps failing, is nacked: the channel's dead-letter strategy moves it, with the reason
 * in its headers, to this service's dead-letter topic, and the partition moves on. While the
 * database is unreachable the event waits (and the partition with it) without spending its attempts.
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);
    private static final long DATABASE_BACKOFF_MAX_MS = 5_000;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    Inbox inbox;

    @Inject
    BackboneConfig config;

    @Inject
    MeterRegistry metrics;

    /** Consecutive waits for the database, for the backoff and to log an outage once, not per try. */
    private final java.util.concurrent.atomic.AtomicLong outageWaits = new java.util.concurrent.atomic.AtomicLong();

    @Incoming("events")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = CloudEventCodec.decode(record.value());
        List<EventHandler> interested = handlers.stream().filter(h -> h.handles(event.type())).toList();
        if (interested.isEmpty()) {
            return;
        }
        int maxAttempts = Math.max(1, config.inbox().maxAttempts());
        for (int attempt = 1; ; attempt++) {
            try {
                boolean first = inbox.process(event, interested);
                outageWaits.set(0);
                metrics.counter("inbox.events", "outcome", first ? "processed" : "duplicate").increment();
                return;
            } catch (MalformedEventException e) {
                metrics.counter("inbox.events", "outcome", "dead-lettered").increment();
                throw e;
            } catch (MalformedPayloadException e) {
                // a payload value the handler cannot take (e.g. an enum constant it does not know): never processable
                metrics.counter("inbox.events", "outcome", "dead-lettered").increment();
                throw new MalformedEventException("event " + event.id() + " from " + event.source() + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                if (DatabaseOutage.isCause(e)) {
                    // the database is away, not the event at fault: hold the partition until it is back
                    attempt = awaitDatabase(event, e, attempt);
                    continue;
                }
                if (attempt >= maxAttempts) {
                    metrics.counter("inbox.events", "outcome", "dead-lettered").increment();
                    throw new HandlerFailedException(event, attempt, e);
                }
                LOG.debugf(e, "attempt %d of %s %s failed; retrying", attempt, event.type(), event.id());
                pause(config.inbox().retryBackoff().toMillis() * attempt);
            }
        }
    }

    /**
     * Waits before the next try while the database is unreachable; the attempts counted so far are
     * given back, so an event is dead-lettered for its own failures only.
     */
    private int awaitDatabase(CloudEvent event, RuntimeException failure, int attempt) {
        long waited = outageWaits.incrementAndGet();
        if (waited == 1 || waited % 30 == 0) {
            LOG.warnf("the database is unreachable (%s); %s %s waits for it", failure.getMessage(), event.type(), event.id());
        }
        metrics.counter("inbox.events", "outcome", "database-unavailable").increment();
        pause(Math.min(DATABASE_BACKOFF_MAX_MS, config.inbox().retryBackoff().toMillis() * (1L << Math.min(waited, 5))));
        return attempt - 1;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A handler failed on every attempt; the message names the event and the last cause. */
    public static final class HandlerFailedException extends RuntimeException {
        HandlerFailedException(CloudEvent event, int attempts, Throwable cause) {
            super("handling " + event.type() + " " + event.id() + " failed " + attempts + " times: "
                    + rootMessage(cause), cause);
        }

        private static String rootMessage(Throwable t) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getClass().getSimpleName() + ": " + root.getMessage();
        }
    }
}
