package org.county.staffing.rotation.eligibility;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.rotation.input.RequestParameters;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/exemptions")
public class EligibilityResource {

    @Inject
    DueService due;

    @Inject
    Caller caller;

    /** The education bureau exempts a teacher from a school year's rotation, saying why. */
    @POST
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Response exempt(@Valid @NotNull ExemptionRequest request) {
        return Response.status(Response.Status.CREATED).entity(due.exempt(request)).build();
    }

    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public List<ExemptionRecord> exemptions(@QueryParam("schoolYear") @Parameter(required = true) @NotNull(message = RequestParameters.SCHOOL_YEAR_REQUIRED) SchoolYear schoolYear) {
        return due.exemptions(caller.countyId(), schoolYear);
    }
}
