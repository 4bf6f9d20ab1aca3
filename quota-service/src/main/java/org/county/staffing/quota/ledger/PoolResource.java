package org.county.staffing.quota.ledger;

import java.util.List;

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

/** County pools (K12, OTHER, INSTITUTION): totals, allocations, explicit changes of the total. */
@Path("/pools")
public class PoolResource {

    @Inject
    AllocationService allocations;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<PoolView> pools() {
        return allocations.pools(caller.countyId());
    }

    @POST
    @Path("/{pool}/adjustments")
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public Response adjustPool(@PathParam("pool") String pool, @Valid @NotNull Requests.PoolAdjustment adjustment) {
        EntryView entry = allocations.adjustPool(caller.countyId(), AllocationService.parsePool(pool), adjustment.delta(),
                adjustment.reason());
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }
}
