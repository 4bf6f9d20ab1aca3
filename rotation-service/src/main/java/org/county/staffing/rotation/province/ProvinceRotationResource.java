package org.county.staffing.rotation.province;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.contract.SchoolYear;
import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.security.Roles;
import org.county.staffing.rotation.input.RequestParameters;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Rotation results per county for the province; a county's own users read their county's row. */
@Path("/province/rotations")
public class ProvinceRotationResource {

    @Inject
    ProvinceRotationService province;

    /** A school year's results per county, paged and sorted, with the totals over every county the caller reads. */
    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.EDUCATION_BUREAU, Roles.STAFFING_OFFICE, Roles.HR, Roles.AUDITOR})
    public ProvinceRotationView list(
            @QueryParam("schoolYear") @Parameter(required = true) @NotNull(message = RequestParameters.SCHOOL_YEAR_REQUIRED) SchoolYear schoolYear,
            @QueryParam("sort") @Parameter(description = "the order of the county rows (default COUNTY)") ProvinceSort sort,
            @QueryParam("order") @Parameter(description = "ASC (default) or DESC") SortOrder order,
            @BeanParam Paging paging) {
        return province.view(schoolYear, sort, order, paging);
    }
}
