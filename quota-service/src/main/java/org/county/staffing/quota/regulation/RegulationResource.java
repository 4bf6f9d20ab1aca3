package org.county.staffing.quota.regulation;

import java.time.LocalDate;
import java.util.List;

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

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.quota.CountyCalendar;

/** A school's function-and-staffing regulation (机构职能编制规定): the staffing office issues it, the others read it. */
@Path("/schools/{id}/regulation")
public class RegulationResource {

    @Inject
    RegulationService regulations;

    @Inject
    Caller caller;

    @Inject
    CountyCalendar calendar;

    @PUT
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public Response issue(@PathParam("id") String id, @Valid @NotNull IssueRegulationRequest request) {
        RegulationService.Issued issued = regulations.issue(caller.countyId(), id, request);
        return Response.status(issued.created() ? Response.Status.CREATED : Response.Status.OK).entity(issued.regulation()).build();
    }

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public RegulationView inForce(@PathParam("id") String id, @QueryParam("on") LocalDate on) {
        caller.requireSchool(id);
        return regulations.inForce(caller.countyId(), id, on == null ? calendar.today() : on);
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public List<RegulationView> versions(@PathParam("id") String id) {
        caller.requireSchool(id);
        return regulations.versions(caller.countyId(), id);
    }
}
