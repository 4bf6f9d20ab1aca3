package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.backbone.time.PlatformClock;

/** Secondments (抽調借用) and the list the staffing office inspects. */
@Path("/secondments")
public class SecondmentResource {

    @Inject
    SecondmentService secondments;

    @Inject
    Caller caller;

    @Inject
    PlatformClock clock;

    public record SecondmentBody(@NotNull UUID teacherId, @NotBlank @Size(max = 120) String receivingInstitution,
                                 @NotNull LocalDate from, @NotNull LocalDate until, @Size(max = 120) String approvalReference) {
    }

    public record EndBody(@NotNull LocalDate endedOn) {
    }

    public record SecondmentView(UUID secondmentId, UUID teacherId, String schoolId, UUID postId, String receivingInstitution,
                                 LocalDate from, LocalDate until, String approvalReference, LocalDate endedOn,
                                 boolean approved, boolean irregular) {
    }

    @POST
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Response second(@Valid @NotNull SecondmentBody body) {
        Secondment s = secondments.second(caller.countyId(), new SecondmentService.SecondmentRequest(body.teacherId(),
                body.receivingInstitution(), body.from(), body.until(), body.approvalReference()));
        return Response.status(Response.Status.CREATED).entity(view(s)).build();
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public SecondmentView end(@PathParam("id") UUID id, @Valid @NotNull EndBody body) {
        return view(secondments.end(caller.countyId(), id, body.endedOn()));
    }

    /** {@code irregular=true}: unapproved, or running past the approved period (违规抽调借用). */
    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public List<SecondmentView> list(@QueryParam("schoolId") String schoolId, @QueryParam("teacherId") UUID teacherId,
                                     @QueryParam("active") Boolean active, @QueryParam("irregular") Boolean irregular) {
        String school = schoolId;
        if (caller.isSchoolUser()) {
            school = schoolId != null ? schoolId : caller.schoolId().orElse("");
            caller.requireSchool(school);
        }
        return secondments.list(caller.countyId(), school, teacherId, active).stream()
                .map(this::view)
                .filter(v -> irregular == null || v.irregular() == irregular)
                .toList();
    }

    private SecondmentView view(Secondment s) {
        return new SecondmentView(s.id, s.teacherId, s.schoolId, s.postId, s.receivingInstitution, s.startsOn, s.until,
                s.approvalReference, s.endedOn, s.approvalReference != null,
                SecondmentRules.irregular(s.approvalReference, s.until, s.endedOn, clock.today()));
    }
}
