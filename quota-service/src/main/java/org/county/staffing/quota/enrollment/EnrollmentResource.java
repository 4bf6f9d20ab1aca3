package org.county.staffing.quota.enrollment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** Enrollment per school and school year, reported by the education bureau. */
@Path("/schools/{id}/enrollment")
public class EnrollmentResource {

    @Inject
    EnrollmentService book;

    @Inject
    Caller caller;

    @PUT
    @Path("/{schoolYear}")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public EnrollmentView report(@PathParam("id") String id, @PathParam("schoolYear") SchoolYear schoolYear,
                               @NotNull ReportEnrollmentRequest request) {
        return book.report(caller.countyId(), id, schoolYear, request.fields());
    }

    @GET
    @Path("/{schoolYear}")
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public EnrollmentView get(@PathParam("id") String id, @PathParam("schoolYear") SchoolYear schoolYear) {
        caller.requireSchool(id);
        return book.get(caller.countyId(), id, schoolYear);
    }

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public List<EnrollmentView> history(@PathParam("id") String id) {
        caller.requireSchool(id);
        return book.history(caller.countyId(), id);
    }
}
