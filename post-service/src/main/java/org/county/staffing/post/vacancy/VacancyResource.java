package org.county.staffing.post.vacancy;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.contract.Subjects;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.post.school.Location;

/** Vacant posts by school, subject, category, location and district. */
@Path("/vacancies")
public class VacancyResource {

    @Inject
    VacancyService vacancies;

    @Inject
    Subjects subjects;

    @Inject
    Caller caller;

    /** A school user sees its own school's vacancies (asking for another school is refused). */
    @GET
    @RolesAllowed({Roles.HR, Roles.STAFFING_OFFICE, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public List<VacancyView> find(@QueryParam("schoolId") String schoolId,
                                  @QueryParam("subject") String subject,
                                  @QueryParam("category") PostCategory category,
                                  @QueryParam("location") Location location,
                                  @QueryParam("district") String district) {
        String school = blankToNull(schoolId);
        if (caller.isSchoolUser()) {
            if (school == null) {
                school = caller.schoolId().orElse("");
            }
            caller.requireSchool(school);
        }
        String canonicalSubject = blankToNull(subject) == null ? null : subjects.require("subject", subject);
        return vacancies.find(caller.countyId(), new VacancyService.Filter(school, canonicalSubject, category, location,
                blankToNull(district)));
    }

    /** An empty text filter ({@code ?schoolId=}) filters nothing. */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
