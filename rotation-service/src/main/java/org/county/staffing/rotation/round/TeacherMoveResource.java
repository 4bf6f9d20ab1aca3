package org.county.staffing.rotation.round;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.county.staffing.backbone.problem.Reason;
import org.county.staffing.backbone.problem.RuleViolation;
import org.county.staffing.backbone.security.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A teacher's rotation moves: the teacher's own, the school's own staff, and the county's overseers. */
@Path("/teachers/{teacherId}/moves")
public class TeacherMoveResource {

    @Inject
    TeacherMoveService moves;

    @GET
    @RolesAllowed({Roles.TEACHER, Roles.SCHOOL, Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public List<TeacherMoveView> list(@PathParam("teacherId")
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String teacherId) {
        UUID id;
        try {
            id = UUID.fromString(teacherId);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.badRequest("TEACHER_ID_FORMAT", "teacherId", new Reason(
                    "a teacher id is a UUID, not '" + teacherId + "'", "教师编号应为 UUID，而不是 '" + teacherId + "'"));
        }
        return moves.of(id);
    }
}
