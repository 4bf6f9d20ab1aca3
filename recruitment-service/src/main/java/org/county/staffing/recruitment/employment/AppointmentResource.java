package org.county.staffing.recruitment.employment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** Appointment by post and transfers between posts (the education bureau's). */
@Path("/")
public class AppointmentResource {

    @Inject
    EmploymentService employment;

    @Inject
    Caller caller;

    /** The body of {@code POST /appointments}; {@code contract} defaults to a FIXED_TERM of the configured term. */
    public record AppointmentRequest(@NotNull UUID teacherId, @NotNull UUID postId, @NotNull LocalDate effectiveFrom,
                                     ContractTerms contract) {
    }

    /** The body of {@code POST /transfers}: ends the teacher's appointment and starts one at {@code toPostId}. */
    public record TransferRequest(@NotNull UUID teacherId, @NotNull UUID toPostId, @NotNull LocalDate effectiveFrom,
                                  ContractTerms contract) {
    }

    @POST
    @Path("appointments")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Response appoint(@Valid @NotNull AppointmentRequest request) {
        Appointment a = employment.appoint(caller.countyId(), request.teacherId(), request.postId(), request.effectiveFrom(),
                AppointmentSource.DIRECT, null, request.contract());
        return Response.status(Response.Status.CREATED).entity(AppointmentView.of(a)).build();
    }

    @POST
    @Path("transfers")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Response transfer(@Valid @NotNull TransferRequest request) {
        Appointment a = employment.transfer(caller.countyId(),
                Move.direct(request.teacherId(), request.toPostId(), request.effectiveFrom(), request.contract()));
        return Response.status(Response.Status.CREATED).entity(AppointmentView.of(a)).build();
    }
}
