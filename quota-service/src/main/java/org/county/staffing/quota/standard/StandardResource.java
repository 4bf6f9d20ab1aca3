package org.county.staffing.quota.standard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.quota.CountyCalendar;
import org.county.staffing.quota.school.Stage;

/** Staffing standards (師生比) by stage, versioned with an effective date. */
@Path("/standards")
public class StandardResource {

    @Inject
    StandardService catalog;

    @Inject
    Caller caller;

    @Inject
    CountyCalendar calendar;

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public List<StandardView> list(@QueryParam("on") LocalDate on) {
        return catalog.view(caller.countyId(), on == null ? calendar.today() : on);
    }

    @PUT
    @Path("/{stage}")
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public Response change(@PathParam("stage") String stage, @Valid @NotNull StandardChange change) {
        StandardService.Recorded recorded = catalog.record(caller.countyId(), parseStage(stage), change);
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK).entity(recorded.version()).build();
    }

    static Stage parseStage(String text) {
        try {
            return Stage.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.notFound("STAGE_KNOWN", "stage", new Reason(
                    "'" + text + "' is not a stage; known: " + List.of(Stage.values()),
                    "'" + text + "' 不是学段，可选：" + List.of(Stage.values())));
        }
    }
}
