package org.county.staffing.rotation.round;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.rotation.eligibility.DueService;
import org.county.staffing.rotation.eligibility.DueView;
import org.county.staffing.rotation.input.RequestParameters;

@Path("/rounds")
public class RoundResource {

    @Inject
    RoundService rounds;

    @Inject
    DueService due;

    @Inject
    Caller caller;

    /** Plans a round for a school year: the optimal moves for the share of due teachers; saved. */
    @POST
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Response create(@Valid @NotNull RoundRequest request) {
        return Response.status(Response.Status.CREATED).entity(rounds.create(caller.countyId(), request)).build();
    }

    /** The same as a round, with other parameters if wanted, and nothing saved or announced. */
    @POST
    @Path("/simulations")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public RoundView simulate(@Valid @NotNull RoundRequest request) {
        return rounds.simulate(caller.countyId(), request);
    }

    /** Two plans side by side, each a saved round or a simulation. */
    @POST
    @Path("/comparisons")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Comparison compare(@Valid @NotNull Comparison.Request request) {
        return Comparison.of(side(request.schoolYear(), request.left()), side(request.schoolYear(), request.right()));
    }

    private RoundView side(String schoolYear, Comparison.Side side) {
        if (side.roundId() != null) {
            RoundView saved = rounds.get(caller.countyId(), side.roundId());
            if (!saved.schoolYear().equals(SchoolYear.parse(schoolYear).toString())) {
                throw RuleViolation.unprocessable("COMPARISON_SAME_YEAR", "roundId", new Reason(
                        "round " + side.roundId() + " is of " + saved.schoolYear() + ", not " + schoolYear,
                        "方案 " + side.roundId() + " 属于 " + saved.schoolYear() + " 学年，而不是 " + schoolYear));
            }
            return saved;
        }
        return rounds.simulate(caller.countyId(), new RoundRequest(schoolYear, side.share(), side.parameters()));
    }

    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public List<RoundView> list(@QueryParam("schoolYear") SchoolYear schoolYear) {
        return rounds.list(caller.countyId(), schoolYear);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public RoundView get(@PathParam("id") UUID id) {
        return rounds.get(caller.countyId(), id);
    }

    /** Proposes the round into the school year's annual adjustment plan (once). */
    @POST
    @Path("/{id}/proposal")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public RoundView propose(@PathParam("id") UUID id) {
        return rounds.propose(caller.countyId(), id);
    }

    /** Who is due in a school year and who is exempt, and why; a school user sees its own teachers. */
    @GET
    @Path("/{schoolYear}/due")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public DueView due(@PathParam("schoolYear") SchoolYear schoolYear,
                       @QueryParam("schoolId") @Pattern(regexp = RequestParameters.SCHOOL_ID, message = RequestParameters.SCHOOL_ID_MESSAGE) String schoolId) {
        String scope = caller.isSchoolUser() ? caller.schoolId().orElse("") : schoolId;
        return due.view(caller.countyId(), schoolYear, scope);
    }
}
