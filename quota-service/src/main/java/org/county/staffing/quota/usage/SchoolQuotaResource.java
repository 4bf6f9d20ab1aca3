package org.county.staffing.quota.usage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.quota.ledger.AllocationService;
import org.county.staffing.quota.ledger.EntryView;
import org.county.staffing.quota.ledger.Requests;

/** One school's quota: what it uses of it, and the staffing office's single adjustments. */
@Path("/schools/{id}/quota")
public class SchoolQuotaResource {

    @Inject
    UsageService usage;

    @Inject
    AllocationService allocations;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public SchoolQuota quota(@PathParam("id") String id) {
        caller.requireSchool(id);
        return usage.quota(caller.countyId(), id);
    }

    @POST
    @Path("/adjustments")
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public Response adjust(@PathParam("id") String id, @Valid @NotNull Requests.SchoolAdjustment adjustment) {
        EntryView entry = allocations.adjustSchool(caller.countyId(), id, adjustment.delta(), adjustment.reason(),
                adjustment.reference());
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }
}
