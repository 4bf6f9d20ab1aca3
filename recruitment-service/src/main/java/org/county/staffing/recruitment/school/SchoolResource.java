package org.county.staffing.recruitment.school;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** The schools this service knows from the staffing office's events (plan items must name one of them). */
@Path("/schools")
public class SchoolResource {

    @Inject
    Caller caller;

    public record SchoolView(String schoolId, String name, String kind, String status, String mergedInto) {
    }

    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public List<SchoolView> list() {
        return KnownSchool.<KnownSchool>list("countyId = ?1 order by schoolId", caller.countyId()).stream()
                .map(s -> new SchoolView(s.schoolId, s.name, s.kind, s.status, s.mergedInto)).toList();
    }
}
