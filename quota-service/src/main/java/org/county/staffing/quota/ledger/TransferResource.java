package org.county.staffing.quota.ledger;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** Transfers of quota between two schools of one pool (有減有增). */
@Path("/transfers")
public class TransferResource {

    @Inject
    AllocationService allocations;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public Response transfer(@Valid @NotNull Requests.Transfer transfer) {
        TransferView view = allocations.transfer(caller.countyId(), transfer.fromSchoolId(), transfer.toSchoolId(),
                transfer.amount(), transfer.reason(), transfer.reference());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }
}
