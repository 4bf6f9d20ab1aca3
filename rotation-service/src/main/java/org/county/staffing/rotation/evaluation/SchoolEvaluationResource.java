package org.county.staffing.rotation.evaluation;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.backbone.time.PlatformClock;
import org.county.staffing.rotation.input.RequestParameters;

/** A school's evaluations of a whole school year in one request (the console's table, a yearly import). */
@Path("/schools/{schoolId}/evaluations/{schoolYear}")
public class SchoolEvaluationResource {

    @Inject
    PlatformClock clock;

    @Inject
    EvaluationService evaluations;

    @Inject
    Caller caller;

    @Inject
    Validator validator;

    /**
     * A user of the school evaluates its teachers for a school year, all or nothing: a refused line refuses the
     * request, and the problem lists every refused line at its teacher ({@code evaluations[<teacherId>].<field>}).
     */
    @PUT
    @RolesAllowed(Roles.SCHOOL)
    public SchoolEvaluationsView put(
            @PathParam("schoolId") @Pattern(regexp = RequestParameters.SCHOOL_ID, message = RequestParameters.SCHOOL_ID_MESSAGE) String schoolId,
            @PathParam("schoolYear") SchoolYear schoolYear, @NotNull RecordSchoolEvaluationsRequest request) {
        // another school's user is refused for who it is before what it sent
        caller.requireSchool(schoolId);
        Set<ConstraintViolation<RecordSchoolEvaluationsRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return evaluations.recordSchool(schoolId, schoolYear, request.evaluations(), clock.today());
    }
}
