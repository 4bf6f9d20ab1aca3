package org.county.staffing.backbone.testapp;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;
import org.county.staffing.backbone.testapp.TallyEvents.LinkCut;
import org.county.staffing.contracts.EventType;

/**
 * Cuts every connection to the database, its own last, the first time it handles an event: the
 * database goes away in the middle of a batch. Handled again, the event does nothing.
 */
@ApplicationScoped
public class OnLinkCut implements EventHandler {

    /** Ids of the events whose first handling cut the connections. */
    public static final Set<String> CUT = ConcurrentHashMap.newKeySet();

    @Inject
    EntityManager em;

    @Override
    public List<EventType<?>> types() {
        return List.of(LinkCut.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        event.data(LinkCut.TYPE);
        if (CUT.add(event.id())) {
            em.createNativeQuery("""
                    select count(pg_terminate_backend(pid)) from pg_stat_activity
                     where datname = current_database() and pid <> pg_backend_pid()""").getSingleResult();
            em.createNativeQuery("select pg_terminate_backend(pg_backend_pid())").getSingleResult();
        }
    }
}
