package org.county.staffing.rotation.round;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.county.staffing.backbone.security.Roles;

/** A teacher's rotation moves: the teacher's own, the school's own staff, and the county's overseers. */
@Path("/teachers/{teacherId}/moves")
public class TeacherMoveResource {

    @Inject
    TeacherMoveService moves;

    @GET
    @RolesAllowed({Roles.TEACHER, Roles.SCHOOL, Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public List<TeacherMoveView> list(@PathParam("teacherId") UUID teacherId) {
        return moves.of(teacherId);
    }
}
