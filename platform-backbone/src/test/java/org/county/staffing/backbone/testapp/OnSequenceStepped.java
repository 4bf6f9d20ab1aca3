package org.county.staffing.backbone.testapp;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.backbone.testapp.TallyEvents.SequenceStepped;
import org.county.staffing.contracts.EventType;

/** Notes each step of a sequence as this instance handles it. */
@ApplicationScoped
public class OnSequenceStepped implements EventHandler {

    @Inject
    EntityManager em;

    @Override
    public List<EventType<?>> types() {
        return List.of(SequenceStepped.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        em.createNativeQuery("insert into sequence_seen (key, step, handled_by) values (?1, ?2, 'first')")
                .setParameter(1, event.subject())
                .setParameter(2, event.data(SequenceStepped.TYPE).step())
                .executeUpdate();
    }
}
