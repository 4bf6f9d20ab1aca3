package org.county.staffing.quota.school;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** The school registry of the staffing office. */
@Path("/schools")
public class SchoolResource {

    @Inject
    SchoolService registry;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public Response register(@Valid @NotNull SchoolRegistration registration) {
        School school = registry.register(caller.countyId(), registration);
        return Response.status(Response.Status.CREATED).entity(SchoolView.of(school)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public SchoolView get(@PathParam("id") String id) {
        caller.requireSchool(id);
        return SchoolView.of(registry.get(caller.countyId(), id));
    }

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public List<SchoolView> list(@QueryParam("district") String district, @QueryParam("kind") SchoolKind kind) {
        List<School> schools = registry.list(caller.countyId(), district, kind);
        if (caller.isSchoolUser()) {
            String own = caller.schoolId().orElse("");
            schools = schools.stream().filter(s -> s.id.equals(own)).toList();
        }
        return schools.stream().map(SchoolView::of).toList();
    }
}
