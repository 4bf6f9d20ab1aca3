package org.county.staffing.recruitment.employment;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.problem.Problem;
import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

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

    /**
     * CSV (UTF-8) or an Excel workbook ({@link Xlsx#MEDIA_TYPE}, its first sheet), with a header
     * line (columns: {@link TeacherImport#COLUMNS}); {@code dryRun=true} checks without importing.
     * All or nothing: a file with a refused line is answered 422 with the per-line report
     * ({@link ImportRefusal}) and nothing is written.
     */
    @POST
    @Path("/import")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    @APIResponse(responseCode = "200", description = "imported (or, with dryRun, checked): the per-line report",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeacherImport.Report.class)))
    @APIResponse(responseCode = "422", description = "a line is refused: nothing imported; the per-line report in rejected",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportRefusal.class)))
    public Response importFile(
            @RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = Xlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        TeacherImport.Report report = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(Xlsx.MEDIA_TYPE)
                ? importer.importXlsx(caller.countyId(), body, dryRun)
                : importer.importCsv(caller.countyId(), body == null ? "" : new String(body, StandardCharsets.UTF_8), dryRun);
        if (!dryRun && !report.rejected().isEmpty()) {
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(ImportRefusal.of(report)).build();
        }
        return Response.ok(report).build();
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
        return directory.readableView(caller, id);
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
