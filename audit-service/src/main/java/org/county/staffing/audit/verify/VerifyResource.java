package org.county.staffing.audit.verify;

import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.county.staffing.audit.config.AuditConfig;
import org.county.staffing.audit.query.QueryParameters;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.jboss.logging.Logger;

/**
 * Checks the caller's county chain from its first record to its head. Only inspectors verify:
 * the report names records of every department.
 */
@Path("/audit/verify")
public class VerifyResource {

    private static final Logger LOG = Logger.getLogger(VerifyResource.class);

    @Inject
    ChainReader chains;

    @Inject
    Caller caller;

    @Inject
    AuditConfig config;

    /**
     * OK with the number of records and the head hash, or BROKEN with the first broken record
     * and why. With an anchor (a position and the hash noted for it earlier) a chain rewritten
     * from that point on is found as well.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUDITOR)
    public VerificationReport verify(@QueryParam("anchorPosition") String anchorPosition,
                                     @QueryParam("anchorHash") String anchorHash) {
        String countyId = caller.countyId();
        QueryParameters params = new QueryParameters(ZoneId.of(config.zone()));
        Anchor anchor = Anchor.parse(anchorPosition, anchorHash, params);
        params.check();
        VerificationReport report = chains.verify(countyId, anchor);
        if (report.status() == VerificationReport.Status.BROKEN) {
            LOG.warnf("audit chain of county %s is broken at record %d: %s (verified by %s)", countyId,
                    report.broken().chainPosition(), report.broken().rule(), caller.actor());
        } else {
            LOG.infof("audit chain of county %s verified by %s: %d records", countyId, caller.actor(), report.checked());
        }
        return report;
    }
}
