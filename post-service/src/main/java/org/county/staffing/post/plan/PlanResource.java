package org.county.staffing.post.plan;

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

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The annual adjustment plans waiting for, or carrying, HR's decision. */
@Path("/plans")
public class PlanResource {

    @Inject
    PlanReviewService reviews;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.HR, Roles.STAFFING_OFFICE, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<PlanView> list(@QueryParam("status") PlanStatus status,
                               @QueryParam("schoolYear") @Parameter(description = "the plan's school year",
                                       schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{4}$",
                                               example = "2026-2027")) SchoolYear schoolYear) {
        return reviews.list(caller.countyId(), status, schoolYear == null ? null : schoolYear.toString())
                .stream().map(reviews::view).toList();
    }

    /** The latest submitted version of the plan. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR, Roles.STAFFING_OFFICE, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public PlanView get(@PathParam("id") UUID id) {
        return reviews.view(reviews.latest(caller.countyId(), id));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.HR)
    public PlanView decide(@PathParam("id") UUID id, @Valid @NotNull DecidePlanRequest request) {
        return reviews.view(reviews.decide(caller.countyId(), id, request, caller.actor()));
    }
}
