package org.county.staffing.backbone.testapp;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.backbone.outbox.Outbox;
import org.county.staffing.backbone.testapp.TallyEvents.TallyCounted;
import org.county.staffing.backbone.testapp.TallyEvents.TallyIncremented;
import org.county.staffing.contracts.EventType;

/** Counts events of another service; an event with {@code explode: true} fails every time. */
@ApplicationScoped
public class TallyHandler implements EventHandler {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Override
    public List<EventType<?>> types() {
        return List.of(TallyIncremented.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        TallyIncremented increment = event.data(TallyIncremented.TYPE);
        em.createNativeQuery("insert into tally (id, count) values (?1, 1) on conflict (id) do update set count = tally.count + 1")
                .setParameter(1, event.subject())
                .executeUpdate();
        if (increment.explode()) {
            throw new IllegalStateException("tally " + event.subject() + " cannot be counted");
        }
        // a follow-up event: it must carry the original actor and correlation id, caused by this event
        outbox.append(TallyCounted.TYPE, "tally", event.subject(), new TallyCounted(event.subject()));
    }
}
