package org.county.staffing.quota.verification;

import org.county.staffing.backbone.contract.SchoolYear;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** Quota verifications: TRIENNIAL (每三年核定一次) and ANNUAL fine adjustment (年度微調). */
@Path("/verifications")
public class VerificationResource {

    @Inject
    VerificationService office;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public Response propose(@Valid @NotNull VerificationRequest request) {
        return Response.status(Response.Status.CREATED).entity(office.propose(caller.countyId(), request)).build();
    }

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<VerificationView> list(@QueryParam("schoolYear") SchoolYear schoolYear,
                                       @QueryParam("status") VerificationStatus status) {
        return office.list(caller.countyId(), schoolYear, status);
    }

    @GET
    @Path("/{verificationId}")
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public VerificationView get(@PathParam("verificationId") UUID id) {
        return office.get(caller.countyId(), id);
    }

    @POST
    @Path("/{verificationId}/approval")
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public VerificationView approve(@PathParam("verificationId") UUID id) {
        return office.approve(caller.countyId(), id);
    }
}
