package org.county.staffing.post.post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.post.assignment.CoverService;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** HR sets up the posts of every school within its quota; the departments and the school read them. */
@Path("/")
public class PostResource {

    static final String SCHOOL_ID = "\\d{10}";
    static final String SCHOOL_ID_MESSAGE =
            "SCHOOL_ID_FORMAT: a school id is the 10-digit national school identification code|学校标识码须为10位数字";

    @Inject
    PostService posts;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    CoverService covers;

    @POST
    @Path("schools/{schoolId}/posts")
    @RolesAllowed(Roles.HR)
    public Response establish(@PathParam("schoolId") @Pattern(regexp = SCHOOL_ID, message = SCHOOL_ID_MESSAGE) String schoolId,
                              @Valid @NotNull CreatePosts request) {
        List<PostView> created = views(posts.establish(caller.countyId(), schoolId, request));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("schools/{schoolId}/posts")
    @RolesAllowed({Roles.HR, Roles.STAFFING_OFFICE, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public List<PostView> list(@PathParam("schoolId") @Pattern(regexp = SCHOOL_ID, message = SCHOOL_ID_MESSAGE) String schoolId,
                               @QueryParam("status") PostStatus status,
                               @QueryParam("category") PostCategory category,
                               @QueryParam("subject") String subject) {
        caller.requireSchool(schoolId);
        return views(posts.list(caller.countyId(), schoolId, status, category, subject));
    }

    @GET
    @Path("schools/{schoolId}/post-summary")
    @RolesAllowed({Roles.HR, Roles.STAFFING_OFFICE, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public PostSummary summary(@PathParam("schoolId") @Pattern(regexp = SCHOOL_ID, message = SCHOOL_ID_MESSAGE) String schoolId) {
        caller.requireSchool(schoolId);
        return posts.summary(caller.countyId(), schoolId);
    }

    /** Every school of the county against its quota; {@code overEstablished=true} lists those to act on. */
    @GET
    @Path("post-summaries")
    @RolesAllowed({Roles.HR, Roles.STAFFING_OFFICE, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<PostSummary> summaries(@QueryParam("overEstablished") Boolean overEstablished) {
        return posts.summaries(caller.countyId(), Boolean.TRUE.equals(overEstablished));
    }

    @GET
    @Path("posts/{id}")
    @RolesAllowed({Roles.HR, Roles.STAFFING_OFFICE, Roles.EDUCATION_BUREAU, Roles.AUDITOR, Roles.SCHOOL})
    public PostView get(@PathParam("id") UUID id) {
        Post post = posts.get(caller.countyId(), id);
        caller.requireSchool(post.schoolId);
        return view(post);
    }

    /** Abolishes the post (it stays readable, ABOLISHED). */
    @DELETE
    @Path("posts/{id}")
    @RolesAllowed(Roles.HR)
    public PostView abolish(@PathParam("id") UUID id, @QueryParam("reason") @Size(max = 500) String reason) {
        return view(posts.abolish(caller.countyId(), id, reason));
    }

    @POST
    @Path("posts/{id}/freeze")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.HR)
    public PostView freeze(@PathParam("id") UUID id, @RequestBody(required = false, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostAction.class))) String body)
            throws JsonProcessingException {
        return view(posts.freeze(caller.countyId(), id, action(body).reason()));
    }

    @POST
    @Path("posts/{id}/unfreeze")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.HR)
    public PostView unfreeze(@PathParam("id") UUID id, @RequestBody(required = false, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostAction.class))) String body)
            throws JsonProcessingException {
        return view(posts.unfreeze(caller.countyId(), id, action(body).reason()));
    }

    /** The posts with what the running assignments say of them. */
    private List<PostView> views(List<Post> list) {
        List<UUID> ids = list.stream().map(p -> p.id).toList();
        Map<UUID, Double> covered = covers.coveredShares(ids);
        Map<UUID, CoverService.Away> away = covers.away(ids);
        return list.stream().map(p -> PostView.of(p, covered.getOrDefault(p.id, 0.0), away.get(p.id))).toList();
    }

    private PostView view(Post post) {
        return views(List.of(post)).get(0);
    }

    /**
     * The optional body of freeze and unfreeze: a POST without a body (and without a content type)
     * is as welcome as one with {@code {"reason": ...}}. Read and validated here for that reason.
     */
    private PostAction action(String body) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return new PostAction(null);
        }
        PostAction action = mapper.readValue(body, PostAction.class);
        if (action == null) {
            return new PostAction(null);
        }
        Set<ConstraintViolation<PostAction>> violations = validator.validate(action);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return action;
    }
}
