package org.county.staffing.quota.province;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.security.Roles;

/** The province's read-only views across all counties (provincial education and staffing departments). */
@Path("/province")
public class ProvinceResource {

    @Inject
    ProvinceService province;

    @GET
    @Path("/quotas")
    @RolesAllowed(Roles.PROVINCE)
    public ProvinceQuotasView quotas(@QueryParam("sort") @DefaultValue("COUNTY") CountyOrder sort, @BeanParam Paging paging) {
        return province.quotas(sort, paging);
    }
}
