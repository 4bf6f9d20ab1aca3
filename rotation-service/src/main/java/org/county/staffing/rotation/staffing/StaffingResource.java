package org.county.staffing.rotation.staffing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.rotation.input.RequestParameters;

@Path("/schools/{schoolId}/staffing")
public class StaffingResource {

    @Inject
    StaffingService staffing;

    @Inject
    Caller caller;

    /** Quota, staff and, per subject, posts, teachers and vacancies: surplus or shortage. */
    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public StaffingPicture.SchoolStaffing get(@PathParam("schoolId") @Pattern(regexp = RequestParameters.SCHOOL_ID, message = RequestParameters.SCHOOL_ID_MESSAGE) String schoolId) {
        caller.requireSchool(schoolId);
        return staffing.picture(caller.countyId(), schoolId);
    }
}
