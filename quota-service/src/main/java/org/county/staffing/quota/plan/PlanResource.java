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

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.review.ReviewStatus;
import org.county.staffing.backbone.problem.RuleViolation;
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
    public PlanView get(@PathParam("planId") String id) {
        return reviews.get(caller.countyId(), parseId(id));
    }

    @POST
    @Path("/{planId}/decision")
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public PlanView decide(@PathParam("planId") String id, @Valid @NotNull DecidePlanRequest request) {
        return reviews.decide(caller.countyId(), parseId(id), request);
    }

    static UUID parseId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.notFound("PLAN_EXISTS", "planId", new Reason(
                    "no plan " + text + " was submitted in this county", "本县没有收到编号为 " + text + " 的调整方案"));
        }
    }
}
