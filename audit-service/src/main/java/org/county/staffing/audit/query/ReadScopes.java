package org.county.staffing.audit.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.county.staffing.audit.config.AuditConfig;
import org.county.staffing.backbone.security.Caller;

/** The read scope of the current caller, from their token and the configured department types. */
@ApplicationScoped
public class ReadScopes {

    @Inject
    Caller caller;

    @Inject
    AuditConfig config;

    public ReadScope current() {
        return ReadScope.of(caller::hasRole, caller.schoolId(), ReadScope.departments(
                config.read().staffingOffice(), config.read().hr(), config.read().educationBureau()));
    }
}
