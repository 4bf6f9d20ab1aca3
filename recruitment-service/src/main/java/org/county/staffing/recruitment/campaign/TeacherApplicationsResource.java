package org.county.staffing.recruitment.campaign;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.recruitment.employment.Teacher;
import org.county.staffing.recruitment.employment.TeacherDirectory;

/**
 * A teacher's applications in INTERNAL campaigns, with scores, rank and offer: how a teacher learns of
 * an offer. Under the teacher's path, but a campaign's data, so it lives with the campaigns.
 */
@Path("/teachers/{id}/applications")
public class TeacherApplicationsResource {

    @Inject
    TeacherDirectory directory;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.TEACHER})
    public List<CampaignViews.ApplicationView> applications(@PathParam("id") UUID id) {
        Teacher teacher = directory.requireReadable(caller, id);
        return Application.<Application>list("teacherId = ?1 order by appliedAt desc", teacher.id)
                .stream().map(CampaignViews.ApplicationView::of).toList();
    }
}
