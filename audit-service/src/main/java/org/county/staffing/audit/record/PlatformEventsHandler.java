package org.county.staffing.audit.record;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.backbone.config.BackboneConfig;
import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.backbone.inbox.EventHandler;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records every event of the four producing services' topics ({@code mp.messaging.incoming.events.topics}),
 * of every type, including ones this service has never heard of; audit-service publishes none. It runs in
 * the inbox's transaction, so the record, the chain head and the inbox entry commit together: each event is
 * in the log exactly once.
 */
@ApplicationScoped
public class PlatformEventsHandler implements EventHandler {

    @Inject
    PlatformClock clock;

    /** The inbox's type filter for every type. */
    static final String EVERY_TYPE = "*";

    @Inject
    AuditLog log;

    @Inject
    MeterRegistry metrics;

    @Inject
    BackboneConfig config;

    @Override
    public Set<String> eventTypes() {
        return Set.of(EVERY_TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        RecordContent content = RecordPreparation.prepare(event, OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
        AuditLog.Outcome outcome = log.append(content);
        if (!content.eventId().equals(event.id()) || !Objects.equals(content.subject(), event.subject())) {
            log.maskInboxEntry(config.serviceName(), event.id(), content.eventId(), content.subject());
        }
        metrics.counter("audit.records", "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
    }
}
