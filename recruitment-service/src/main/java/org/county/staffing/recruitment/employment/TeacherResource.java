package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** The education bureau's register of teachers. */
@Path("/teachers")
public class TeacherResource {

    @Inject
    TeacherService teachers;

    @Inject
    TeacherDirectory directory;

    @Inject
    TeacherImport importer;

    @Inject
    EmploymentService employment;

    @Inject
    ContractService contracts;

    @Inject
    Caller caller;

    public record Leaving(@NotNull LeavingReason reason, @NotNull LocalDate effectiveFrom) {
    }

    @POST
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Response register(@Valid @NotNull TeacherRegistration registration) {
        Teacher teacher = teachers.register(caller.countyId(), registration);
        return Response.status(Response.Status.CREATED).entity(directory.view(teacher)).build();
    }

    /** CSV with a header line (columns: {@link TeacherImport#COLUMNS}); {@code dryRun=true} checks without importing. */
    @POST
    @Path("/import")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public TeacherImport.Report importCsv(String body, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return importer.importCsv(caller.countyId(), body, dryRun);
    }

    /** A school user sees the teachers who hold posts at its own school. */
    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public List<TeacherView> list(@QueryParam("schoolId") String schoolId, @QueryParam("subject") String subject,
                                  @QueryParam("status") TeacherStatus status, @BeanParam Paging paging) {
        String school = schoolId;
        if (caller.isSchoolUser()) {
            school = schoolId != null ? schoolId : caller.schoolId().orElse("");
            caller.requireSchool(school);
        }
        return teachers.list(caller.countyId(), school, subject, status, paging.page(), paging.size()).stream().map(directory::view).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL, Roles.TEACHER})
    public TeacherView get(@PathParam("id") UUID id) {
        Teacher teacher = readable(id);
        return directory.view(teacher);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public TeacherView change(@PathParam("id") UUID id, @Valid @NotNull TeacherService.TeacherChange change) {
        return directory.view(teachers.change(caller.countyId(), id, change));
    }

    /** The teacher leaves the county's service (retirement, resignation, ...): post, contract and secondment end. */
    @POST
    @Path("/{id}/leaving")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public TeacherView leave(@PathParam("id") UUID id, @Valid @NotNull Leaving leaving) {
        return directory.view(employment.leave(caller.countyId(), id, leaving.reason(), leaving.effectiveFrom()));
    }

    @GET
    @Path("/{id}/appointments")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL, Roles.TEACHER})
    public List<AppointmentView> appointments(@PathParam("id") UUID id) {
        Teacher teacher = readable(id);
        return employment.history(teacher.id).stream().map(AppointmentView::of).toList();
    }

    @GET
    @Path("/{id}/contracts")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL, Roles.TEACHER})
    public List<ContractData> contracts(@PathParam("id") UUID id) {
        Teacher teacher = readable(id);
        return contracts.ofTeacher(teacher.id).stream().map(c -> ContractData.of(c, c.terminationReason)).toList();
    }

    private Teacher readable(UUID id) {
        return directory.requireReadable(caller, id);
    }
}
