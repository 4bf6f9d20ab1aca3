package org.county.staffing.backbone.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.county.staffing.backbone.config.BackboneConfig;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.events.CloudEventCodec;
import org.county.staffing.backbone.events.MalformedEventException;
import org.county.staffing.contracts.MalformedPayloadException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Receives the events of the topics this service follows (channel {@code events}), a poll's
 * records at a time, and handles them in one transaction with the inbox's deduplication per event
 * ({@link Inbox#processBatch}): commit latency is paid once per batch, not once per event.
 *
 * <p>An event no handler wants is skipped. A record that is not a valid CloudEvent, or whose payload
 * breaks its contract, is sent to this service's dead-letter topic at once. When one event's
 * handling fails, the events before it commit as a batch, the failing event is retried alone and
 * dead-lettered after its attempts, and the events after it go on as a batch: records of one
 * partition keep their order and no event is lost with another. While the database is unreachable
 * the batch waits (and the partitions with it) without spending any event's attempts.
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
    DeadLetters deadLetters;

    @Inject
    BackboneConfig config;

    @Inject
    MeterRegistry metrics;

    /** Consecutive waits for the database, for the backoff and to log an outage once, not per try. */
    private final AtomicLong outageWaits = new AtomicLong();

    private volatile DistributionSummary batchSizes;

    @Incoming("events")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<Inbox.Delivery> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEvent event;
            try {
                event = CloudEventCodec.decode(record.value());
            } catch (MalformedEventException e) {
                // the order of what came before it does not matter to a record nobody can read
                deadLetter(record, e);
                continue;
            }
            List<EventHandler> interested = handlers.stream().filter(h -> h.handles(event.type())).toList();
            if (!interested.isEmpty()) {
                batch.add(new Inbox.Delivery(record, event, interested));
            }
        }
        if (!batch.isEmpty()) {
            batchSizes().record(batch.size());
            handle(batch);
        }
    }

    /** Handles the deliveries in order: as one transaction while they succeed, a failing one alone. */
    private void handle(List<Inbox.Delivery> batch) {
        List<Inbox.Delivery> rest = batch;
        while (!rest.isEmpty()) {
            Inbox.BatchFailure failure;
            try {
                Inbox.Outcome outcome = inbox.processBatch(rest);
                outageWaits.set(0);
                count("processed", outcome.processed());
                count("duplicate", outcome.duplicates());
                return;
            } catch (Inbox.BatchFailure f) {
                failure = f;
            } catch (RuntimeException e) {
                if (DatabaseOutage.isCause(e)) {
                    awaitDatabase(rest.get(0).event(), e);
                    continue;
                }
                if (rest.size() > 1) {
                    // a failure at commit (a timeout, a deferred constraint) names no event: halve the batch
                    int half = rest.size() / 2;
                    handle(rest.subList(0, half));
                    handle(rest.subList(half, rest.size()));
                    return;
                }
                failure = new Inbox.BatchFailure(0, e);
            }
            if (DatabaseOutage.isCause(failure.getCause())) {
                // the database is away, not the event at fault: the whole batch waits for it
                awaitDatabase(rest.get(failure.index()).event(), failure.getCause());
                continue;
            }
            if (failure.index() > 0) {
                // the events before the failing one commit together, then it is retried alone
                handle(rest.subList(0, failure.index()));
            }
            Inbox.Delivery failing = rest.get(failure.index());
            if (failure.getCause() instanceof MalformedPayloadException || failure.getCause() instanceof MalformedEventException) {
                deadLetter(failing.record(), malformed(failing.event(), failure.getCause()));
            } else {
                processAlone(failing, failure.getCause());
            }
            rest = rest.subList(failure.index() + 1, rest.size());
        }
    }

    /**
     * Retries one event in its own transaction; its failure in the batch was its first attempt.
     * After {@code backbone.inbox.max-attempts} it goes to the dead-letter topic.
     */
    private void processAlone(Inbox.Delivery delivery, RuntimeException firstFailure) {
        CloudEvent event = delivery.event();
        int maxAttempts = Math.max(1, config.inbox().maxAttempts());
        RuntimeException last = firstFailure;
        for (int attempt = 1; ; attempt++) {
            if (attempt >= maxAttempts) {
                deadLetter(delivery.record(), new HandlerFailedException(event, attempt, last));
                return;
            }
            LOG.debugf(last, "attempt %d of %s %s failed; retrying", attempt, event.type(), event.id());
            pause(config.inbox().retryBackoff().toMillis() * attempt);
            try {
                Inbox.Outcome outcome = inbox.processBatch(List.of(delivery));
                outageWaits.set(0);
                count("processed", outcome.processed());
                count("duplicate", outcome.duplicates());
                return;
            } catch (Inbox.BatchFailure f) {
                last = f.getCause();
            } catch (RuntimeException e) {
                last = e;
            }
            if (last instanceof MalformedPayloadException || last instanceof MalformedEventException) {
                deadLetter(delivery.record(), malformed(event, last));
                return;
            }
            if (DatabaseOutage.isCause(last)) {
                // the attempt is given back: an event is dead-lettered for its own failures only
                awaitDatabase(event, last);
                attempt--;
            }
        }
    }

    private static MalformedEventException malformed(CloudEvent event, RuntimeException cause) {
        if (cause instanceof MalformedEventException malformed) {
            return malformed;
        }
        // a payload value the handler cannot take (e.g. an enum constant it does not know): never processable
        return new MalformedEventException("event " + event.id() + " from " + event.source() + ": " + cause.getMessage(), cause);
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException reason) {
        count("dead-lettered", 1);
        deadLetters.send(record, reason);
    }

    /** Waits before the next try while the database is unreachable. */
    private void awaitDatabase(CloudEvent event, Throwable failure) {
        long waited = outageWaits.incrementAndGet();
        if (waited == 1 || waited % 30 == 0) {
            LOG.warnf("the database is unreachable (%s); %s %s waits for it", failure.getMessage(), event.type(), event.id());
        }
        count("database-unavailable", 1);
        pause(Math.min(DATABASE_BACKOFF_MAX_MS, config.inbox().retryBackoff().toMillis() * (1L << Math.min(waited, 5))));
    }

    private void count(String outcome, int events) {
        if (events > 0) {
            metrics.counter("inbox.events", "outcome", outcome).increment(events);
        }
    }

    private DistributionSummary batchSizes() {
        if (batchSizes == null) {
            batchSizes = DistributionSummary.builder("inbox.batch.events")
                    .description("events handled per consumed batch").register(metrics);
        }
        return batchSizes;
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
