package org.county.staffing.recruitment.post;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.contract.PostCategory;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** The posts this service knows from HR and whether each is vacant for appointment. */
@Path("/posts")
public class PostResource {

    @Inject
    PostDirectory posts;

    @Inject
    Caller caller;

    public record PostView(UUID postId, String schoolId, PostCategory category, String subject, String level, String state) {
    }

    @GET
    @RolesAllowed({Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR, Roles.SCHOOL})
    public List<PostView> list(@QueryParam("schoolId") String schoolId, @QueryParam("vacant") Boolean vacant) {
        String school = schoolId;
        if (caller.isSchoolUser()) {
            school = schoolId != null ? schoolId : caller.schoolId().orElse("");
            caller.requireSchool(school);
        }
        List<KnownPost> found = posts.list(caller.countyId(), school);
        Set<UUID> occupied = posts.occupiedAmong(found.stream().map(p -> p.postId).toList());
        return found.stream()
                .map(p -> new PostView(p.postId, p.schoolId, p.category, p.subject, p.level,
                        new PostFacts(p.postId, p.schoolId, p.category, p.subject, p.established, p.abolished, p.frozen,
                                occupied.contains(p.postId)).state()))
                .filter(v -> vacant == null || vacant == "VACANT".equals(v.state()))
                .toList();
    }
}
