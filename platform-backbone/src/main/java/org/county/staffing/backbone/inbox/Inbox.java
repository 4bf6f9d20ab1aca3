package org.county.staffing.backbone.inbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.county.staffing.backbone.config.BackboneConfig;
import org.county.staffing.backbone.context.EventContext;
import org.county.staffing.backbone.events.CloudEvent;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * The idempotent consumer: the event id is recorded in the same transaction as the handlers'
 * effect. A redelivered event finds its id and changes nothing; a failed handler rolls back the
 * record too, so the event is processed again.
 */
@ApplicationScoped
public class Inbox {

    /** A whole poll's batch on a loaded machine may take longer than the default 60 s transaction. */
    static final int BATCH_TIMEOUT_SECONDS = 600;

    @Inject
    EntityManager em;

    @Inject
    BackboneConfig config;

    /**
     * Handles a batch in one transaction, in order: each event's id is recorded and, unless this
     * consumer had it already (from an earlier batch or earlier in this one), its handlers run.
     *
     * @throws BatchFailure naming the first event whose recording or handling failed; the whole
     *         transaction is rolled back
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = BATCH_TIMEOUT_SECONDS)
    public Outcome processBatch(List<Delivery> batch) {
        int processed = 0;
        for (int i = 0; i < batch.size(); i++) {
            Delivery delivery = batch.get(i);
            try {
                if (record(delivery.event())) {
                    handle(delivery.event(), delivery.handlers());
                    // written now, so that a failure is the failing event's, not the commit's
                    em.flush();
                    processed++;
                }
            } catch (RuntimeException e) {
                throw new BatchFailure(i, e);
            }
        }
        return new Outcome(processed, batch.size() - processed);
    }

    private boolean record(CloudEvent event) {
        return em.createNativeQuery("""
                        insert into inbox_event (consumer, event_id, event_type, source, subject, received_at)
                        values (?1, ?2, ?3, ?4, ?5, now())
                        on conflict do nothing""")
                .setParameter(1, config.serviceName())
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.source())
                .setParameter(5, event.subject())
                .executeUpdate() > 0;
    }

    private static void handle(CloudEvent event, List<EventHandler> handlers) {
        // follow-up events keep the original actor and correlation id, and name this event as cause
        EventContext context = new EventContext(
                event.actor() != null ? event.actor() : "system:" + sourceName(event),
                event.countyId(),
                event.correlationId() != null ? event.correlationId() : event.id(),
                event.id());
        EventContext.runWith(context, () -> handlers.forEach(handler -> handler.handle(event)));
    }

    private static String sourceName(CloudEvent event) {
        return event.source().startsWith("/") ? event.source().substring(1) : event.source();
    }

    /** A consumed record, its decoded event and the handlers that want it. */
    public record Delivery(ConsumerRecord<String, byte[]> record, CloudEvent event, List<EventHandler> handlers) {
    }

    /** What a batch did: events handled now, and events this consumer had already handled. */
    public record Outcome(int processed, int duplicates) {
    }

    /** The event at {@link #index()} of a batch failed; its cause is the handler's or the database's failure. */
    public static final class BatchFailure extends RuntimeException {
        private final int index;

        BatchFailure(int index, RuntimeException cause) {
            super("event " + index + " of the batch failed: " + cause.getMessage(), cause, false, false);
            this.index = index;
        }

        public int index() {
            return index;
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
