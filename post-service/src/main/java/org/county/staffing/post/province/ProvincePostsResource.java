package org.county.staffing.post.province;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.security.Roles;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Posts per county for the province; a county's own users read their county's row. */
@Path("/province/posts")
public class ProvincePostsResource {

    @Inject
    ProvincePostsService province;

    /** Each county's posts (established, occupied, vacant, frozen) against its quota, paged and sorted, with the totals. */
    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.HR, Roles.STAFFING_OFFICE, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public ProvincePostsView list(
            @QueryParam("sort") @Parameter(description = "the order of the county rows (default COUNTY)") ProvinceSort sort,
            @QueryParam("order") @Parameter(description = "ASC (default) or DESC") SortOrder order,
            @BeanParam Paging paging) {
        return province.view(sort, order, paging);
    }
}
