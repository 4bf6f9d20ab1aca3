package org.county.staffing.quota.inspection;

import java.util.List;
import java.util.UUID;

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

/** Special inspections (專項督查), run on demand. */
@Path("/inspections")
public class InspectionResource {

    @Inject
    InspectionService office;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public Response run(@Valid @NotNull Requests.InspectionRequest request) {
        return Response.status(Response.Status.CREATED).entity(office.run(caller.countyId(), request)).build();
    }

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<InspectionView> list() {
        return office.list(caller.countyId());
    }

    @GET
    @Path("/{inspectionId}")
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public InspectionView get(@PathParam("inspectionId") UUID id) {
        return office.get(caller.countyId(), id);
    }
}
