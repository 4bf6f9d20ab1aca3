package org.county.staffing.backbone.inbox;

import java.util.Set;

import org.county.staffing.backbone.events.CloudEvent;

/**
 * Reacts to events of other services. Implementations are CDI beans; {@link #handle} runs inside
 * the transaction that also records the event id, so its effect happens exactly once. Throw
 * {@link org.county.staffing.backbone.events.MalformedEventException} for an event that can never
 * be handled (it goes straight to the dead-letter topic); anything else is retried first.
 */
public interface EventHandler {

    /** The event types this handler wants; {@code "*"} for every type. */
    Set<String> eventTypes();

    void handle(CloudEvent event);

    default boolean handles(String type) {
        Set<String> types = eventTypes();
        return types.contains(type) || types.contains("*");
    }
}
