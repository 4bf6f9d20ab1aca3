package org.county.staffing.post.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.county.staffing.post.config.PostConfig;

import io.quarkus.runtime.StartupEvent;

/** A structure setting out of range stops the service at start, not at the first request. */
@ApplicationScoped
public class PostConfigCheck {

    @Inject
    PostConfig config;

    void validate(@Observes StartupEvent startup) {
        StructurePolicy.of(config);
    }
}
