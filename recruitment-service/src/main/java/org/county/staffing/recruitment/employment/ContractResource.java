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

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.recruitment.config.RecruitmentConfig;

/** Contract management (合同管理). */
@Path("/contracts")
public class ContractResource {

    @Inject
    ContractService contracts;

    @Inject
    Caller caller;

    @Inject
    PlatformClock clock;

    @Inject
    RecruitmentConfig config;

    /** The body of a renewal: the new end (none for OPEN_ENDED) and, optionally, a new type. */
    public record Renewal(ContractType type, LocalDate endsOn) {
    }

    public record Termination(@NotBlank @Size(max = 300) String reason, @NotNull LocalDate effectiveOn) {
    }

    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public List<ContractData> expiring(@QueryParam("expiringWithinDays") Integer days) {
        int window = days != null ? days : config.contract().expiringWithinDaysDefault();
        return contracts.expiring(caller.countyId(), clock.today(), window).stream().map(c -> ContractData.of(c, null)).toList();
    }

    @POST
    @Path("/{id}/renewal")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public ContractData renew(@PathParam("id") UUID id, @Valid @NotNull Renewal renewal) {
        return ContractData.of(contracts.renew(caller.countyId(), id, renewal.type(), renewal.endsOn()), null);
    }

    @POST
    @Path("/{id}/termination")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public ContractData terminate(@PathParam("id") UUID id, @Valid @NotNull Termination termination) {
        Contract c = contracts.terminate(caller.countyId(), id, termination.effectiveOn(), termination.reason().trim());
        return ContractData.of(c, c.terminationReason);
    }
}
