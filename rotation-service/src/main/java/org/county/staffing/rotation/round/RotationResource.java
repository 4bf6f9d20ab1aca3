package org.county.staffing.rotation.round;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** Rotations under way or done: started by the annual plan, with form, term and return date. */
@Path("/rotations")
public class RotationResource {

    @Inject
    PlatformClock clock;

    @Inject
    RotationService rotations;

    @Inject
    RoundService rounds;

    @Inject
    Caller caller;

    public record ReturnRequest(
            @NotNull(message = "RETURN_DATE_REQUIRED: the date of return is required|必须填写返回日期") LocalDate returnedOn) {
    }

    /** Rotations of the county (started or returned), optionally of one school year's rounds. */
    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public List<RoundView.MoveView> list(@QueryParam("schoolYear") SchoolYear schoolYear) {
        String year = schoolYear == null ? null : schoolYear.toString();
        List<RoundMove> moves = year == null
                ? RoundMove.list("""
                        status in ('STARTED', 'RETURNED') and roundId in (select r.id from RotationRound r
                        where r.countyId = ?1) order by startedOn, ordinal""", caller.countyId())
                : RoundMove.list("""
                        status in ('STARTED', 'RETURNED') and roundId in (select r.id from RotationRound r
                        where r.countyId = ?1 and r.schoolYear = ?2) order by startedOn, ordinal""", caller.countyId(), year);
        return moves.stream().map(rounds::moveView).toList();
    }

    /** Rotations under way whose return date falls on or before {@code by} (default: end of this school year). */
    @GET
    @Path("/returns-due")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public List<RoundView.MoveView> returnsDue(@QueryParam("by") LocalDate by) {
        // a malformed date is refused by the backbone's converter (FIELD_TYPE naming "by")
        LocalDate until = by == null ? SchoolYear.containing(clock.today()).endsOn() : by;
        List<RoundMove> moves = RoundMove.list("""
                status = 'STARTED' and returnDate is not null and returnDate <= ?2 and roundId in
                (select r.id from RotationRound r where r.countyId = ?1) order by returnDate, ordinal""",
                caller.countyId(), until);
        return moves.stream().map(rounds::moveView).toList();
    }

    /** The education bureau records that a rotated teacher is back. */
    @POST
    @Path("/{moveId}/return")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public RoundView.MoveView recordReturn(@PathParam("moveId") UUID moveId, @Valid @NotNull ReturnRequest request) {
        return rounds.moveView(rotations.recordReturn(caller.countyId(), moveId, request.returnedOn()));
    }
}
