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
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** Findings of the special inspections: OPEN, RECTIFIED with a note, CLOSED once a re-check is clean. */
@Path("/findings")
public class FindingResource {

    @Inject
    InspectionService office;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<FindingView> findings(@QueryParam("status") FindingStatus status, @QueryParam("schoolId") String schoolId,
                                      @QueryParam("kind") FindingKind kind) {
        return office.findings(caller.countyId(), status, schoolId, kind);
    }

    @GET
    @Path("/{findingId}")
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public FindingView finding(@PathParam("findingId") UUID id) {
        return office.finding(caller.countyId(), id);
    }

    @POST
    @Path("/{findingId}/rectification")
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public FindingView rectify(@PathParam("findingId") UUID id, @Valid @NotNull Requests.Note note) {
        return office.rectify(caller.countyId(), id, note.note());
    }

    @POST
    @Path("/{findingId}/closure")
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public FindingView close(@PathParam("findingId") UUID id, @Valid @NotNull Requests.Note note) {
        return office.close(caller.countyId(), id, note.note());
    }
}
