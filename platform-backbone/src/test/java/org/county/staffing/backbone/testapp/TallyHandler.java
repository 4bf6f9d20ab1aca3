package org.county.staffing.backbone.testapp;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;

/** Counts events of another service; an event with {@code explode: true} fails every time. */
@ApplicationScoped
public class TallyHandler implements EventHandler {

    @Inject
    EntityManager em;

    @Inject
    org.county.staffing.backbone.outbox.Outbox outbox;

    @Override
    public Set<String> eventTypes() {
        return Set.of("peer.tally.incremented.v1");
    }

    @Override
    public void handle(CloudEvent event) {
        em.createNativeQuery("insert into tally (id, count) values (?1, 1) on conflict (id) do update set count = tally.count + 1")
                .setParameter(1, event.subject())
                .executeUpdate();
        if (event.data() != null && event.data().path("explode").asBoolean(false)) {
            throw new IllegalStateException("tally " + event.subject() + " cannot be counted");
        }
        // a follow-up event: it must carry the original actor and correlation id, caused by this event
        outbox.append("test.tally.counted.v1", "tally", event.subject(), java.util.Map.of("tally", event.subject()));
    }
}
