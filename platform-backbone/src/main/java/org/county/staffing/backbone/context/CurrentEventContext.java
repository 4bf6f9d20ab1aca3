package org.county.staffing.backbone.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.county.staffing.backbone.config.BackboneConfig;
import org.county.staffing.backbone.security.Caller;

import io.quarkus.arc.Arc;

/**
 * Resolves the context of the event about to be written: the one a consumer bound for the event
 * it handles, else the HTTP caller's, else the service itself (scheduled work).
 */
@ApplicationScoped
public class CurrentEventContext {

    @Inject
    BackboneConfig config;

    @Inject
    Instance<Caller> caller;

    @Inject
    Instance<RequestCorrelation> correlation;

    public EventContext get() {
        EventContext bound = EventContext.bound();
        if (bound != null) {
            return bound;
        }
        if (Arc.container().requestContext().isActive()) {
            Caller user = caller.get();
            String correlationId = correlation.get().id();
            if (!user.isAnonymous()) {
                return new EventContext(user.actor(), user.claim(Caller.COUNTY_CLAIM).orElse(null), correlationId, null);
            }
            // no user: scheduled work (the scheduler activates a request context too); every
            // HTTP endpoint that writes requires a role, so an anonymous request never gets here
            return new EventContext("system:" + config.serviceName(), null, correlationId, null);
        }
        return EventContext.system(config.serviceName(), null);
    }
}
