package org.county.staffing.quota.usage;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.county.staffing.backbone.security.Caller;
import org.county.staffing.backbone.security.Roles;

/** The county's schools against their quotas: which are over-staffed (超編) and which under (缺編). */
@Path("/quotas")
public class QuotaOverviewResource {

    @Inject
    UsageService usage;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.STAFFING_OFFICE, Roles.HR, Roles.EDUCATION_BUREAU, Roles.AUDITOR})
    public List<SchoolQuota> list(@QueryParam("district") String district, @QueryParam("status") StaffingStatus status) {
        return usage.county(caller.countyId(), district, status);
    }
}
