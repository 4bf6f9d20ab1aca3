package org.county.staffing.audit.province;

import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.audit.config.AuditConfig;
import org.county.staffing.audit.query.AuditFilter;
import org.county.staffing.audit.query.QueryParameters;
import org.county.staffing.backbone.query.Paging;
import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit log's statistics per county for the province; a county's inspectors read their county's row. */
@Path("/province/audit-stats")
public class ProvinceAuditResource {

    /** The order of the rows. */
    public enum Order { ASC, DESC }

    @Inject
    ProvinceAuditService province;

    @Inject
    Caller caller;

    @Inject
    AuditConfig config;

    /** Records by type per county in the period (if given) and each county's chain, paged and sorted, with totals. */
    @GET
    @RolesAllowed({Roles.PROVINCE, Roles.AUDITOR})
    public ProvinceAuditView list(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("sort") @Parameter(description = "the order of the county rows (default COUNTY)")
                                  ProvinceAuditRules.Sort sort,
                                  @QueryParam("order") @Parameter(description = "ASC (default) or DESC") Order order,
                                  @QueryParam("verify") @Parameter(description = "walk and check the chains of the counties on the page (default false)")
                                  Boolean verify,
                                  @BeanParam Paging paging) {
        // a province user reads every county; an inspector only the county of the token
        String countyId = caller.hasRole(Roles.PROVINCE) ? null : caller.countyId();
        QueryParameters params = new QueryParameters(ZoneId.of(config.zone()));
        AuditFilter filter = params.filter(null, null, null, null, from, to);
        params.check();
        return province.view(countyId, filter, sort == null ? ProvinceAuditRules.Sort.COUNTY : sort, order == Order.DESC,
                paging.page(), paging.size(Paging.DEFAULT_SIZE), Boolean.TRUE.equals(verify));
    }
}
