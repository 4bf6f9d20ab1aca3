package org.county.staffing.rotation.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.rotation.input.RequestParameters;

@Path("/schools/{schoolId}/profile")
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @Inject
    Caller caller;

    /** The education bureau sets a school's tier and coordinates. */
    @PUT
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public ProfileView put(@PathParam("schoolId") @Pattern(regexp = RequestParameters.SCHOOL_ID, message = RequestParameters.SCHOOL_ID_MESSAGE) String schoolId, @Valid @NotNull ProfileRequest request) {
        return profiles.put(caller.countyId(), schoolId, request);
    }

    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public ProfileView get(@PathParam("schoolId") @Pattern(regexp = RequestParameters.SCHOOL_ID, message = RequestParameters.SCHOOL_ID_MESSAGE) String schoolId) {
        caller.requireSchool(schoolId);
        return profiles.get(caller.countyId(), schoolId);
    }
}
