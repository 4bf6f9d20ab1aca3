package org.county.staffing.quota.plan;

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

import org.county.staffing.backbone.review.ReviewStatus;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** The annual adjustment plans awaiting, or given, the staffing office's decision. */
@Path("/plans")
public class PlanResource {

    @Inject
    PlanReviewService reviews;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<PlanView> list(@QueryParam("status") ReviewStatus status) {
        return reviews.list(caller.countyId(), status);
    }

    @GET
    @Path("/{planId}")
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public PlanView get(@PathParam("planId") UUID id) {
        return reviews.get(caller.countyId(), id);
    }

    @POST
    @Path("/{planId}/decision")
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public PlanView decide(@PathParam("planId") UUID id, @Valid @NotNull DecidePlanRequest request) {
        return reviews.decide(caller.countyId(), id, request);
    }
}
