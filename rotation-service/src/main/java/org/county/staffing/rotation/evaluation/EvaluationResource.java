package org.county.staffing.rotation.evaluation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.security.Roles;

@Path("/teachers/{teacherId}/evaluations")
public class EvaluationResource {

    @Inject
    PlatformClock clock;

    @Inject
    EvaluationService evaluations;

    /** A school user of the teacher's current school evaluates the teacher for a school year. */
    @PUT
    @Path("/{schoolYear}")
    @RolesAllowed(Roles.SCHOOL)
    public Response put(@PathParam("teacherId") UUID teacherId, @PathParam("schoolYear") SchoolYear schoolYear,
                        @Valid @NotNull EvaluationRequest request) {
        EvaluationService.Recorded recorded = evaluations.record(teacherId, schoolYear, request,
                clock.today());
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(recorded.view()).build();
    }

    @GET
    @RolesAllowed({Roles.SCHOOL, Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.TEACHER})
    public List<EvaluationView> list(@PathParam("teacherId") UUID teacherId) {
        return evaluations.list(teacherId);
    }
}
