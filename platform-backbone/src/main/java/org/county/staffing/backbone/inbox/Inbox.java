package org.county.staffing.backbone.inbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.county.staffing.backbone.config.BackboneConfig;
import org.county.staffing.backbone.context.EventContext;
import org.county.staffing.backbone.events.CloudEvent;

/**
 * The idempotent consumer: the event id is recorded in the same transaction as the handlers'
 * effect. A redelivered event finds its id and changes nothing; a failed handler rolls back the
 * record too, so the event is processed again.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager em;

    @Inject
    BackboneConfig config;

    /** @return false when this consumer had already processed the event */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean process(CloudEvent event, List<EventHandler> handlers) {
        int recorded = em.createNativeQuery("""
                        insert into inbox_event (consumer, event_id, event_type, source, subject, received_at)
                        values (?1, ?2, ?3, ?4, ?5, now())
                        on conflict do nothing""")
                .setParameter(1, config.serviceName())
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.source())
                .setParameter(5, event.subject())
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        // follow-up events keep the original actor and correlation id, and name this event as cause
        EventContext context = new EventContext(
                event.actor() != null ? event.actor() : "system:" + sourceName(event),
                event.countyId(),
                event.correlationId() != null ? event.correlationId() : event.id(),
                event.id());
        EventContext.runWith(context, () -> handlers.forEach(handler -> handler.handle(event)));
        return true;
    }

    private static String sourceName(CloudEvent event) {
        return event.source().startsWith("/") ? event.source().substring(1) : event.source();
    }
}
