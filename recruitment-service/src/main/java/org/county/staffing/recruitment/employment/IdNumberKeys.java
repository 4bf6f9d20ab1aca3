package org.county.staffing.recruitment.employment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.county.staffing.recruitment.config.RecruitmentConfig;

/** Builds the ID number protection from the configured keys; a missing or short key stops the service at start. */
@ApplicationScoped
public class IdNumberKeys {

    @Produces
    @Singleton
    IdNumberProtection protection(RecruitmentConfig config) {
        return new IdNumberProtection(config.idNumber().hmacKey(), config.idNumber().encryptionKey());
    }
}
