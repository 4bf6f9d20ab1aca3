package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
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
import org.county.staffing.recruitment.config.RecruitmentConfig;

/** Temporary and part-time assignments of the executed plans (支教、跟岗研修、走教). */
@Path("/assignments")
public class AssignmentResource {

    @Inject
    AssignmentService assignments;

    @Inject
    Caller caller;

    @Inject
    RecruitmentConfig config;

    public record ConvertAssignmentRequest(@NotNull LocalDate effectiveFrom) {
    }

    /** A school user sees the assignments of their school, as home or as host. */
    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public List<AssignmentView> list(@QueryParam("schoolId") String schoolId, @QueryParam("teacherId") UUID teacherId,
                                     @QueryParam("active") Boolean active) {
        String school = schoolId;
        if (caller.isSchoolUser()) {
            school = schoolId != null ? schoolId : caller.schoolId().orElse("");
            caller.requireSchool(school);
        }
        return assignments.list(caller.countyId(), school, teacherId, active).stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public AssignmentView get(@PathParam("id") UUID id) {
        Assignment a = assignments.require(caller.countyId(), id, false);
        boolean ownSchool = caller.schoolId().map(s -> s.equals(a.homeSchoolId) || s.equals(a.hostSchoolId)).orElse(false);
        if (caller.isSchoolUser() && !ownSchool) {
            caller.requireSchool(a.homeSchoolId); // refused as any other school's record (SCHOOL_SCOPE)
        }
        return view(a);
    }

    /** The bureau makes a support-teaching or shadowing assignment a transfer to the host post. */
    @POST
    @Path("/{id}/conversion")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public AssignmentView convert(@PathParam("id") UUID id, @Valid @NotNull ConvertAssignmentRequest request) {
        return view(assignments.convert(caller.countyId(), id, request.effectiveFrom()));
    }

    private AssignmentView view(Assignment a) {
        return AssignmentView.of(a, config.itinerant().fullPostHours());
    }
}
