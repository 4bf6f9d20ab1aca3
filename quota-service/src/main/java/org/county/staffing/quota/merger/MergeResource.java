package org.county.staffing.quota.merger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** Merging a school into another (撤并): its quota, posts and staff follow. */
@Path("/schools/{id}/merge")
public class MergeResource {

    @Inject
    SchoolMergeService merger;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.STAFFING_OFFICE)
    public SchoolMergeService.MergeView merge(@PathParam("id") String id, @Valid @NotNull MergeRequest request) {
        return merger.merge(caller.countyId(), id, request);
    }
}
