package org.county.staffing.backbone.context;

import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Who and what an event is attributed to: the acting user, their county, and the ids that tie
 * a chain of events together. A request binds it from the caller's token; a consumer binds it
 * from the event it handles, so follow-up events carry the original actor and correlation id.
 */
public record EventContext(String actor, String countyId, String correlationId, String causationId) {

    private static final ThreadLocal<EventContext> BOUND = new ThreadLocal<>();

    public static EventContext system(String serviceName, String countyId) {
        return new EventContext("system:" + serviceName, countyId, UUID.randomUUID().toString(), null);
    }

    /** The context bound to this thread by {@link #callWith}, or null. */
    public static EventContext bound() {
        return BOUND.get();
    }

    public static <T> T callWith(EventContext context, Callable<T> work) throws Exception {
        EventContext previous = BOUND.get();
        BOUND.set(context);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    public static void runWith(EventContext context, Runnable work) {
        try {
            callWith(context, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
