package org.county.staffing.rotation.community;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.rotation.input.RequestParameters;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/communities")
public class CommunityResource {

    @Inject
    PlatformClock clock;

    @Inject
    CommunityService communities;

    @Inject
    SharingService sharings;

    @Inject
    Caller caller;

    /** The education bureau forms a community: a leading school and one (1+1) or more (1+N) members. */
    @POST
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Response form(@Valid @NotNull CommunityApi.FormRequest request) {
        return Response.status(Response.Status.CREATED).entity(communities.form(caller.countyId(), request)).build();
    }

    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public List<CommunityApi.CommunityView> list() {
        return communities.list(caller.countyId());
    }

    /** All communities of the county in a school year: the figures the seed reports. */
    @GET
    @Path("/stats")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public CommunityApi.CountyStats countyStats(@QueryParam("schoolYear") @Parameter(required = true) @NotNull(message = RequestParameters.SCHOOL_YEAR_REQUIRED) SchoolYear schoolYear) {
        return communities.countyStats(caller.countyId(), schoolYear);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public CommunityApi.CommunityView get(@PathParam("id") UUID id) {
        return communities.view(communities.community(caller.countyId(), id));
    }

    /** The education bureau, or a user of the leading school, records an activity. */
    @POST
    @Path("/{id}/activities")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.SCHOOL})
    public Response record(@PathParam("id") UUID id, @Valid @NotNull CommunityApi.ActivityRequest request) {
        return Response.status(Response.Status.CREATED).entity(communities.record(caller.countyId(), id, request,
                clock.today())).build();
    }

    /** The community's activities, newest first, those of one school year when {@code schoolYear} is given; paged. */
    @GET
    @Path("/{id}/activities")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public List<CommunityApi.ActivityView> activities(@PathParam("id") UUID id, @QueryParam("schoolYear") SchoolYear schoolYear,
                                                      @BeanParam Paging paging) {
        return communities.activities(communities.community(caller.countyId(), id), schoolYear, paging);
    }

    /** Activities and person-times per kind in a school year. */
    @GET
    @Path("/{id}/stats")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public CommunityApi.Stats stats(@PathParam("id") UUID id,
            @QueryParam("schoolYear") @Parameter(required = true) @NotNull(message = RequestParameters.SCHOOL_YEAR_REQUIRED) SchoolYear schoolYear) {
        Community community = communities.community(caller.countyId(), id);
        return communities.stats(community, schoolYear);
    }

    /**
     * The education bureau, or a user of the leading school, assigns a teacher of the community to teach
     * part-time at a member school with a shortage in the subject (共享教师); the home post is kept.
     */
    @POST
    @Path("/{id}/shared-teachers")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.SCHOOL})
    public Response share(@PathParam("id") UUID id, @Valid @NotNull CommunityApi.ShareTeacherRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(sharings.share(caller.countyId(), id, request)).build();
    }

    /** The community's shared teachers, those of one school year when {@code schoolYear} is given. */
    @GET
    @Path("/{id}/shared-teachers")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public List<CommunityApi.SharingView> sharedTeachers(@PathParam("id") UUID id,
                                                        @QueryParam("schoolYear") SchoolYear schoolYear) {
        return sharings.list(caller.countyId(), id, schoolYear);
    }
}
