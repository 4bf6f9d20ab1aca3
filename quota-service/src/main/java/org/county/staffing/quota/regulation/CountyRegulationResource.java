package org.county.staffing.quota.regulation;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** The county's regulations: the latest version of each school's. */
@Path("/regulations")
public class CountyRegulationResource {

    @Inject
    RegulationService regulations;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<RegulationView> list(@QueryParam("partyOrganisation") PartyOrganisation partyOrganisation) {
        return regulations.list(caller.countyId(), partyOrganisation);
    }
}
