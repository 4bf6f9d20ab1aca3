package org.county.staffing.backbone.inbox;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.county.staffing.backbone.events.CloudEvent;
import org.county.staffing.contracts.EventType;

/**
 * Reacts to events of other services. Implementations are CDI beans; {@link #handle} runs inside
 * the transaction that also records the event id, so its effect happens exactly once. Throw
 * {@link org.county.staffing.backbone.events.MalformedEventException} for an event that can never
 * be handled (it goes straight to the dead-letter topic); anything else is retried first.
 *
 * <p>A handler names the types it wants by their contracts, {@link #types()}, and reads each
 * payload with {@link CloudEvent#data(EventType)}:
 * <pre>{@code
 * public List<EventType<?>> types() { return List.of(AllocationChanged.TYPE); }
 * public void handle(CloudEvent event) { AllocationChanged change = event.data(AllocationChanged.TYPE); ... }
 * }</pre>
 */
public interface EventHandler {

    /** The contracts of the event types this handler wants. */
    default List<EventType<?>> types() {
        return List.of();
    }

    /**
     * The event type names this handler wants; {@code "*"} for every type (the audit log). By
     * default the names of {@link #types()}; override only to follow every type.
     */
    default Set<String> eventTypes() {
        return types().stream().map(EventType::name).collect(Collectors.toUnmodifiableSet());
    }

    void handle(CloudEvent event);

    default boolean handles(String type) {
        Set<String> types = eventTypes();
        return types.contains(type) || types.contains("*");
    }
}
