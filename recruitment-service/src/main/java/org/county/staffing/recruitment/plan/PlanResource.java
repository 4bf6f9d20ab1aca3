package org.county.staffing.recruitment.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** The annual staffing and personnel adjustment plan (每年7月底前提出, 征得編辦、人社同意後組織實施). */
@Path("/plans")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    Caller caller;

    public record PlanBody(@NotNull String schoolYear, @Size(max = PlanRules.MAX_ITEMS) List<PlanItem> items,
                           LocalDate effectiveDate) {
    }

    public record Revision(@Size(max = PlanRules.MAX_ITEMS) List<PlanItem> items, LocalDate effectiveDate) {
    }

    /** {@code late} with {@code lateReason} once the deadline has passed. */
    public record Submission(Boolean late, @Size(max = 500) String lateReason) {
    }

    @POST
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Response create(@Valid @NotNull PlanBody body) {
        Plan plan = plans.create(caller.countyId(), new PlanService.Draft(body.schoolYear(), body.items(), body.effectiveDate()));
        return Response.status(Response.Status.CREATED).entity(plans.view(plan)).build();
    }

    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public List<PlanViews.PlanView> list(@QueryParam("schoolYear") SchoolYear schoolYear, @QueryParam("status") PlanStatus status) {
        return plans.list(caller.countyId(), schoolYear, status).stream().map(plans::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public PlanViews.PlanView get(@PathParam("id") UUID id) {
        return plans.view(plans.require(caller.countyId(), id, false));
    }

    /** Replaces the items (and/or the effective date) of a DRAFT plan, or of a REJECTED one being revised. */
    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public PlanViews.PlanView revise(@PathParam("id") UUID id, @Valid @NotNull Revision revision) {
        return plans.view(plans.revise(caller.countyId(), id, revision.items(), revision.effectiveDate()));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public PlanViews.PlanView submit(@PathParam("id") UUID id, @Valid Submission submission) {
        boolean late = submission != null && Boolean.TRUE.equals(submission.late());
        String reason = submission == null ? null : submission.lateReason();
        return plans.view(plans.submit(caller.countyId(), id, late, reason, caller.actor()));
    }

    @POST
    @Path("/{id}/execution")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public PlanViews.PlanView execute(@PathParam("id") UUID id) {
        return plans.view(plans.execute(caller.countyId(), id));
    }
}
