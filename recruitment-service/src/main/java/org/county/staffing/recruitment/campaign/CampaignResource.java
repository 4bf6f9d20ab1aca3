package org.county.staffing.recruitment.campaign;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.contract.TitleGrade;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.recruitment.campaign.CampaignViews.ApplicationView;
import org.county.staffing.recruitment.campaign.CampaignViews.CampaignView;
import org.county.staffing.recruitment.employment.Candidate;

/** Recruitment campaigns (統一招聘) and cross-school competitions (跨校競聘). */
@Path("/campaigns")
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @Inject
    Caller caller;

    /** {@code weights} are percentages (written + interview = 100); absent, the configured defaults. */
    public record CampaignBody(@NotNull CampaignKind kind, @Size(max = 120) String title,
                               @NotEmpty @Size(max = 500) List<@NotNull UUID> postIds, @NotNull OffsetDateTime opensAt,
                               @NotNull OffsetDateTime closesAt, CampaignViews.Weights weights, TitleGrade minTitle,
                               UUID roundId) {
    }

    /** INTERNAL: {@code teacherId} (a teacher applying gives their own or none); OPEN: {@code candidate}. */
    public record ApplicationBody(@NotNull UUID postId, UUID teacherId, @Valid Candidate candidate) {
    }

    public record ScoreBody(@NotNull BigDecimal written, @NotNull BigDecimal interview) {
    }

    /** The campaign with its applications in rank order, as the bureau sees it after closing. */
    public record Ranking(CampaignView campaign, List<ApplicationView> applications) {
    }

    @POST
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Response open(@Valid @NotNull CampaignBody body) {
        Campaign c = campaigns.open(caller.countyId(), new CampaignService.CampaignRequest(body.kind(), body.title(),
                body.postIds(), body.opensAt(), body.closesAt(), body.weights(), body.minTitle(), body.roundId()));
        return Response.status(Response.Status.CREATED).entity(campaigns.view(c)).build();
    }

    /** Teachers see the INTERNAL campaigns they may compete in. */
    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.TEACHER})
    public List<CampaignView> list(@QueryParam("status") CampaignStatus status) {
        return campaigns.views(campaigns.list(caller.countyId(), status, caller.isTeacherUser()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.TEACHER})
    public CampaignView get(@PathParam("id") UUID id) {
        return campaigns.view(campaigns.require(caller.countyId(), id, false, caller.isTeacherUser()));
    }

    @GET
    @Path("/{id}/applications")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public List<ApplicationView> applications(@PathParam("id") UUID id) {
        Campaign c = campaigns.require(caller.countyId(), id, false, false);
        return campaigns.applications(c.id).stream().map(ApplicationView::of).toList();
    }

    /** The bureau enters applications; a teacher applies to an INTERNAL campaign for themselves. */
    @POST
    @Path("/{id}/applications")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.TEACHER})
    public Response apply(@PathParam("id") UUID id, @Valid @NotNull ApplicationBody body) {
        UUID teacherId = body.teacherId();
        boolean teacherUser = caller.isTeacherUser();
        if (teacherUser) {
            if (teacherId == null) {
                teacherId = caller.teacherId().map(CampaignResource::uuidOrNull).orElse(null);
            }
            caller.requireTeacher(String.valueOf(teacherId));
        }
        Application a = campaigns.apply(caller.countyId(), id, body.postId(), teacherId, body.candidate(), teacherUser);
        return Response.status(Response.Status.CREATED).entity(ApplicationView.of(a)).build();
    }

    @PUT
    @Path("/{id}/applications/{applicationId}/score")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public ApplicationView score(@PathParam("id") UUID id, @PathParam("applicationId") UUID applicationId,
                                 @Valid @NotNull ScoreBody body) {
        return ApplicationView.of(campaigns.score(caller.countyId(), id, applicationId, body.written(), body.interview()));
    }

    /** Ends applications and scoring, ranks each post's applicants and offers each post to the best-ranked one. */
    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.EDUCATION_BUREAU)
    public Ranking close(@PathParam("id") UUID id) {
        Campaign c = campaigns.close(caller.countyId(), id);
        return new Ranking(campaigns.view(c), campaigns.applications(c.id).stream().map(ApplicationView::of).toList());
    }

    /** The offered applicant takes the post; the appointment (or transfer) is made at once. */
    @POST
    @Path("/{id}/applications/{applicationId}/acceptance")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.TEACHER})
    public ApplicationView accept(@PathParam("id") UUID id, @PathParam("applicationId") UUID applicationId,
                                  @Valid CampaignService.Acceptance acceptance) {
        return ApplicationView.of(campaigns.accept(caller.countyId(), id, applicationId, acceptance, caller.isTeacherUser(),
                this::requireOwnApplication));
    }

    /** The offered applicant declines; the post is offered to the next in rank. */
    @POST
    @Path("/{id}/applications/{applicationId}/declination")
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.TEACHER})
    public ApplicationView decline(@PathParam("id") UUID id, @PathParam("applicationId") UUID applicationId) {
        return ApplicationView.of(campaigns.decline(caller.countyId(), id, applicationId, caller.isTeacherUser(),
                this::requireOwnApplication));
    }

    private void requireOwnApplication(UUID teacherId) {
        caller.requireTeacher(String.valueOf(teacherId));
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
